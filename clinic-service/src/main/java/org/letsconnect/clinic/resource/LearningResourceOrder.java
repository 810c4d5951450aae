package org.letsconnect.clinic.resource;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import org.letsconnect.contracts.clinic.ResourcePublished;
import org.letsconnect.platform.i18n.AcceptLanguage;
import org.letsconnect.platform.i18n.LanguageFallbacks;

/**
 * Orders resources for a reader: first the languages they asked for (Accept-Language, best first), each followed
 * by its fallbacks ({@code pt-br → pt}), then English, then the other languages by code; within a language
 * recordings, slides, summaries, others, oldest first.
 */
final class LearningResourceOrder {

    private static final List<String> KINDS = List.of(ResourcePublished.RECORDING, ResourcePublished.SLIDES,
            ResourcePublished.SUMMARY, ResourcePublished.OTHER);

    private LearningResourceOrder() {
    }

    static Comparator<LearningResource> forReader(String acceptLanguage) {
        List<String> preferred = preferredLanguages(acceptLanguage);
        return Comparator.<LearningResource> comparingInt(r -> rank(preferred, r.language))
                .thenComparing(r -> r.language)
                .thenComparingInt(r -> KINDS.indexOf(r.kind))
                .thenComparing(r -> r.publishedAt)
                .thenComparing(r -> r.id);
    }

    static List<String> preferredLanguages(String acceptLanguage) {
        LinkedHashSet<String> languages = new LinkedHashSet<>();
        for (String requested : AcceptLanguage.parse(acceptLanguage)) {
            if (!requested.equals("*")) {
                languages.add(requested);
                languages.addAll(LanguageFallbacks.fallbacks(requested));
            }
        }
        languages.add(LanguageFallbacks.DEFAULT);
        return List.copyOf(languages);
    }

    private static int rank(List<String> preferred, String language) {
        int index = preferred.indexOf(language);
        return index < 0 ? preferred.size() : index;
    }
}
