package org.letsconnect.clinic.attendance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * @param key the words joined by spaces: the key under which a Zoom name is remembered as an alias
 * @param joined the words joined without spaces ({@code AminaYusuf} and {@code Amina Yusuf} agree on it)
 * @param longestFirst the words, longest first: the order in which they are paired with another name's
 */
record PersonName(List<Word> words, String key, String joined, List<Word> longestFirst) {

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
    private static final PersonName NONE = new PersonName(List.of(), "", "", List.of());
    /**
     * Names folded before: every upload compares the report with the same directory, and transliterating its tens of
     * thousands of names again each time would cost seconds. Emptied when it grows past {@link #CACHE_LIMIT}.
     */
    private static final Map<String, PersonName> FOLDED = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    static PersonName of(String name) {
        if (name == null || name.isBlank()) {
            return NONE;
        }
        PersonName folded = FOLDED.get(name);
        if (folded == null) {
            if (FOLDED.size() >= CACHE_LIMIT) {
                FOLDED.clear();
            }
            folded = fold(name);
            FOLDED.put(name, folded);
        }
        return folded;
    }

    private static PersonName fold(String name) {
        List<Word> words = new ArrayList<>();
        String text = BRACKETED.matcher(name).replaceAll(" ").replace('_', ' ');
        text = CAMEL_CASE.matcher(text).replaceAll(" ");
        // Arabic tā' marbūṭa is pronounced as a final "a"/"h" and never written "t" in Latin spellings of names
        text = text.replace('ة', 'ه');
        for (String original : text.trim().split("\\s+")) {
            if (original.isEmpty()) {
                continue;
            }
            boolean latin = isLatinOrCommon(original);
            // plain ASCII, most names, folds the same without the (slow) transliterator
            String ascii = isAscii(original) ? original.toLowerCase(Locale.ROOT)
                    : TO_ASCII.get().transliterate(original);
            for (String folded : NOT_WORD.split(ascii)) {
                if (!folded.isEmpty()) {
                    words.add(new Word(folded, skeleton(folded), !latin));
                }
            }
        }
        List<String> texts = words.stream().map(Word::text).toList();
        List<Word> longestFirst = new ArrayList<>(words);
        longestFirst.sort(Comparator.comparingInt((Word word) -> word.text().length()).reversed());
        return new PersonName(List.copyOf(words), String.join(" ", texts), String.join("", texts),
                List.copyOf(longestFirst));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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
