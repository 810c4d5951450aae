package org.letsconnect.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Wikimedia language fallback chains, as MediaWiki's: {@code pt-br → pt → en}, {@code gl → pt → en},
 * {@code zh-hk → zh-hant → zh-hans → en}, {@code sr-ec → sr → en}, {@code oc → ca → fr → en}.
 *
 * <p>
 * The data is {@code org/letsconnect/platform/i18n/fallbacks.json}, copied from MediaWiki's {@code $fallback}
 * values. As in MediaWiki, each language's list is its complete chain (MediaWiki does not expand the fallbacks of
 * fallbacks: {@code ca → oc → en}, although {@code oc → ca → fr}); every chain ends in {@code en}. A code the data
 * does not know, but with subtags, falls back to its longest known prefix and that prefix's chain
 * ({@code fr-be → fr → en}, {@code ar-eg → ar → en}); an unknown code otherwise goes straight to {@code en}.
 * Codes are {@linkplain LanguageCode#normalise(String) normalised} first ({@code pt_BR}, {@code PT-br} → {@code pt-br}).
 */
public final class LanguageFallbacks {

    /** The language every chain ends in, and the source language of every message bundle. */
    public static final String DEFAULT = "en";

    private static final String RESOURCE = "fallbacks.json";

    private LanguageFallbacks() {
    }

    /**
     * The language itself, then its fallbacks, then {@code en}, without duplicates. An invalid or empty code gives
     * {@code [en]}.
     */
    public static List<String> chain(String code) {
        LinkedHashSet<String> chain = new LinkedHashSet<>();
        String normalised = LanguageCode.normalise(code);
        if (LanguageCode.isValid(normalised)) {
            chain.add(normalised);
            chain.addAll(fallbacks(normalised));
        }
        chain.add(DEFAULT);
        return List.copyOf(chain);
    }

    /**
     * The fallbacks of a language only: neither the language itself nor the implicit final {@code en} (it contains
     * {@code en} only where the data names it, as for {@code en-gb}). For content negotiation, where the implicit
     * {@code en} must not beat a lower-quality requested language.
     */
    public static List<String> fallbacks(String code) {
        String normalised = LanguageCode.normalise(code);
        if (!LanguageCode.isValid(normalised)) {
            return List.of();
        }
        Map<String, List<String>> data = Data.FALLBACKS;
        List<String> own = data.get(normalised);
        if (own != null) {
            return without(own, normalised);
        }
        if (Data.KNOWN.contains(normalised)) {
            return List.of();
        }
        // Unknown code: the longest known prefix (fr-be → fr, sr-latn-rs → sr-latn), then that prefix's chain.
        String prefix = normalised;
        int dash;
        while ((dash = prefix.lastIndexOf('-')) > 0) {
            prefix = prefix.substring(0, dash);
            if (Data.KNOWN.contains(prefix) || !prefix.contains("-")) {
                List<String> result = new ArrayList<>();
                result.add(prefix);
                result.addAll(data.getOrDefault(prefix, List.of()));
                return without(result, normalised);
            }
        }
        return List.of();
    }

    /** Whether the data names this code (as a language with fallbacks, a fallback, or a known language). */
    public static boolean isKnown(String code) {
        return Data.KNOWN.contains(LanguageCode.normalise(code));
    }

    /** Every code the data names, sorted; {@link MessageBundle} probes these for message files. */
    public static Set<String> knownLanguages() {
        return Data.KNOWN;
    }

    private static List<String> without(List<String> list, String code) {
        List<String> result = new ArrayList<>(list.size());
        for (String item : list) {
            if (!item.equals(code) && !result.contains(item)) {
                result.add(item);
            }
        }
        return List.copyOf(result);
    }

    /** Loaded once, on first use. */
    private static final class Data {
        static final Map<String, List<String>> FALLBACKS;
        static final Set<String> KNOWN;

        static {
            JsonNode root;
            try (InputStream in = LanguageFallbacks.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource org/letsconnect/platform/i18n/" + RESOURCE);
                }
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read org/letsconnect/platform/i18n/" + RESOURCE, e);
            }
            Map<String, List<String>> fallbacks = new HashMap<>();
            Set<String> known = new TreeSet<>();
            known.add(DEFAULT);
            for (Map.Entry<String, JsonNode> entry : root.path("fallbacks").properties()) {
                String code = lower(entry.getKey());
                List<String> list = new ArrayList<>();
                for (JsonNode item : entry.getValue()) {
                    list.add(lower(item.asText()));
                }
                fallbacks.put(code, List.copyOf(list));
                known.add(code);
                known.addAll(list);
            }
            for (JsonNode item : root.path("languages")) {
                known.add(lower(item.asText()));
            }
            FALLBACKS = Map.copyOf(fallbacks);
            KNOWN = Collections.unmodifiableSet(known);
        }

        /** The data holds Wikimedia codes already; only the case is made sure of (no BCP 47 mapping here). */
        private static String lower(String code) {
            return code.trim().toLowerCase(Locale.ROOT);
        }
    }
}
