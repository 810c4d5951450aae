package org.letsconnect.platform.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Content negotiation on an HTTP {@code Accept-Language} header (RFC 9110 §12.5.4) with Wikimedia fallback chains.
 *
 * <p>
 * Requested tags are tried in quality order (equal qualities keep the header's order); for each, the tag itself
 * and then its {@linkplain LanguageFallbacks#fallbacks(String) fallbacks} are tried before the next tag, so
 * {@code pt-BR, en;q=0.5} with {@code {en, pt}} available gives {@code pt}. The implicit final {@code en} of every
 * chain is only used once every requested tag has failed. {@code *} stands for any language: it gives {@code en}
 * when available, else the first available language in code order. Tags with {@code q=0} are not acceptable and
 * are skipped. Anything that is not a language tag is ignored; a missing, empty or unusable header gives
 * {@code en}.
 */
public final class AcceptLanguage {

    /** Bounds the work done for a hostile header. */
    private static final int MAX_HEADER_LENGTH = 4096;
    private static final int MAX_ENTRIES = 64;
    private static final String WILDCARD = "*";

    private AcceptLanguage() {
    }

    /**
     * The languages a header asks for, as normalised Wikimedia codes ({@code pt-BR} → {@code pt-br},
     * {@code zh-Hant-TW} → {@code zh-tw}), most preferred first, without duplicates and without the ones refused with
     * {@code q=0}. A wildcard is kept as {@code *}. Empty for {@code null}, blank or unusable headers.
     */
    public static List<String> parse(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        String text = header.length() > MAX_HEADER_LENGTH ? header.substring(0, MAX_HEADER_LENGTH) : header;
        record Entry(String code, double quality, int position) {
        }
        List<Entry> entries = new ArrayList<>();
        String[] ranges = text.split(",");
        for (int i = 0; i < ranges.length && i < MAX_ENTRIES; i++) {
            String[] parts = ranges[i].split(";", -1);
            String range = parts[0].trim();
            if (range.isEmpty()) {
                continue;
            }
            Double quality = 1.0;
            for (int p = 1; p < parts.length; p++) {
                String parameter = parts[p].trim();
                if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                    quality = quality(parameter.substring(2).trim());
                }
            }
            if (quality == null || quality <= 0) {
                continue;
            }
            String code = range.equals(WILDCARD) ? WILDCARD : LanguageCode.normalise(range);
            if (code.equals(WILDCARD) || LanguageCode.isValid(code)) {
                entries.add(new Entry(code, quality, i));
            }
        }
        entries.sort(Comparator.comparingDouble(Entry::quality).reversed().thenComparingInt(Entry::position));
        List<String> codes = new ArrayList<>();
        for (Entry entry : entries) {
            if (!codes.contains(entry.code())) {
                codes.add(entry.code());
            }
        }
        return List.copyOf(codes);
    }

    /**
     * The best available language for a header: a member of {@code available} (compared as normalised Wikimedia
     * codes, returned normalised), or {@code en} when nothing requested is available.
     */
    public static String negotiate(String header, Set<String> available) {
        Set<String> offered = new TreeSet<>();
        if (available != null) {
            for (String language : available) {
                String code = LanguageCode.normalise(language);
                if (LanguageCode.isValid(code)) {
                    offered.add(code);
                }
            }
        }
        for (String requested : parse(header)) {
            if (requested.equals(WILDCARD)) {
                return offered.isEmpty() || offered.contains(LanguageFallbacks.DEFAULT)
                        ? LanguageFallbacks.DEFAULT
                        : offered.iterator().next();
            }
            if (offered.contains(requested)) {
                return requested;
            }
            for (String fallback : LanguageFallbacks.fallbacks(requested)) {
                if (offered.contains(fallback)) {
                    return fallback;
                }
            }
        }
        return LanguageFallbacks.DEFAULT;
    }

    /** RFC 9110 {@code qvalue}: 0 to 1 with at most three decimals; anything else makes the entry unusable. */
    private static Double quality(String value) {
        if (!value.matches("[01](\\.[0-9]{0,3})?")) {
            return null;
        }
        double quality = Double.parseDouble(value.endsWith(".") ? value + "0" : value);
        return quality > 1 ? null : quality;
    }
}
