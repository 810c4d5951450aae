package org.letsconnect.clinic.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * A person's name folded for comparison across the ways people write it: any script transliterated to Latin (ICU
 * {@code Any-Latin}), accents dropped, lower case, bracketed text and punctuation removed, usernames' CamelCase and
 * underscores split into words. Each word also keeps a consonant skeleton (vowels, {@code y}, {@code w} and {@code h}
 * dropped, doubled letters made single) on which transliterations of one name agree even where their spellings do
 * not: {@code محمد} → {@code mhmd}, {@code Mohammed} and {@code Muhammad} all give {@code md}.
 *
 * @param words the folded words, in the order written
 */
record PersonName(List<Word> words) {

    /**
     * One folded word.
     *
     * @param text the word in lower-case ASCII
     * @param skeleton its consonants
     * @param transliterated whether it was written in a script other than Latin, so its vowels are a guess
     */
    record Word(String text, String skeleton, boolean transliterated) {

        boolean isInitial() {
            return text.length() == 1;
        }
    }

    private static final Pattern BRACKETED = Pattern.compile("[(\\[][^)\\]]*[)\\]]");
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SKELETON_DROPPED = Pattern.compile("[aeiouywh]");
    /** ICU transliterators keep state while working: one per thread. */
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    static PersonName of(String name) {
        List<Word> words = new ArrayList<>();
        if (name == null) {
            return new PersonName(words);
        }
        String text = BRACKETED.matcher(name).replaceAll(" ").replace('_', ' ');
        text = CAMEL_CASE.matcher(text).replaceAll(" ");
        // Arabic tā' marbūṭa is pronounced as a final "a"/"h" and never written "t" in Latin spellings of names
        text = text.replace('ة', 'ه');
        for (String original : text.trim().split("\\s+")) {
            if (original.isEmpty()) {
                continue;
            }
            boolean latin = isLatinOrCommon(original);
            for (String folded : NOT_WORD.split(TO_ASCII.get().transliterate(original))) {
                if (!folded.isEmpty()) {
                    words.add(new Word(folded, skeleton(folded), !latin));
                }
            }
        }
        return new PersonName(List.copyOf(words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The folded words joined by spaces: the key under which a Zoom name is remembered as an alias. */
    String key() {
        return String.join(" ", words.stream().map(Word::text).toList());
    }

    private static boolean isLatinOrCommon(String word) {
        return word.codePoints().allMatch(c -> {
            int script = UScript.getScript(c);
            return script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED;
        });
    }

    static String skeleton(String folded) {
        String consonants = SKELETON_DROPPED.matcher(folded).replaceAll("");
        StringBuilder single = new StringBuilder();
        for (int i = 0; i < consonants.length(); i++) {
            char c = consonants.charAt(i);
            if (single.isEmpty() || single.charAt(single.length() - 1) != c) {
                single.append(c);
            }
        }
        return single.toString();
    }
}
