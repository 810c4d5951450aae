package org.letsconnect.registry.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How answers of the old form are compared with the names the service knows: case-, accent- and
 * punctuation-insensitively, in any script ({@code "Português"}, {@code "portugues"} and {@code "PORTUGUÊS!"} are the
 * same key).
 */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /**
     * The comparison key of a name: decomposed, without diacritics, lower case, {@code &} read as "and", every run of
     * punctuation and spaces made one space, trimmed. Empty for {@code null}.
     */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD);
        text = MARKS.matcher(text).replaceAll("");
        text = text.toLowerCase(Locale.ROOT).replace("&", " and ").replace("’", "").replace("'", "");
        return NOT_LETTER_OR_DIGIT.matcher(text).replaceAll(" ").trim();
    }

    /** {@link #key} without the given filler words ("the", "of" …), for names people word in several ways. */
    static String keyWithout(String name, List<String> fillers) {
        List<String> words = new ArrayList<>();
        for (String word : key(name).split(" ")) {
            if (!word.isEmpty() && !fillers.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    /** The text without surrounding spaces, or null when blank. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A checkbox or list answer split at commas and semicolons, each part trimmed, blank parts dropped. */
    static List<String> list(String answer) {
        List<String> parts = new ArrayList<>();
        if (answer == null) {
            return parts;
        }
        for (String part : answer.split("[,;\\n]")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
