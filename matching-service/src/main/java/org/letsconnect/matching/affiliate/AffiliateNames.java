package org.letsconnect.matching.affiliate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Affiliate names as the registry holds them are free text: "Wikimedia Nigeria", "wikimedia nigeria " are one
 * affiliate. Names are compared by their key: trimmed, inner spaces collapsed, case folded.
 */
final class AffiliateNames {

    private AffiliateNames() {
    }

    /** The name to compare by; null for a blank name. */
    static String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String spaced = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        // upper then lower folds what lowercasing alone keeps apart (ß and SS)
        return spaced.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** The name as it is written most often, the first in code-point order among equals. */
    static String mostWritten(Map<String, Integer> spellings) {
        return spellings.entrySet().stream()
                .min(Map.Entry.<String, Integer> comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
