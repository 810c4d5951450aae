package org.letsconnect.clinic.attendance;

import java.util.ArrayList;
import java.util.List;

/**
 * How alike two {@link PersonName}s are, from 0 to 1, and in what way. Word order does not matter; each word of the
 * name with fewer words is paired with its most alike unpaired word of the other:
 * <ul>
 * <li>the same word: 1;
 * <li>an initial and a word it starts ({@code Y.} and {@code Yusuf}): 0.85;
 * <li>a transliteration from another script whose consonants agree ({@code محمد} and {@code Mohammed}): 0.95, or 0.9
 * for a one-consonant word; between Latin spellings ({@code Mohammed}, {@code Muhammad}): 0.92, or 0.85;
 * <li>otherwise Jaro-Winkler on the folded words when at least 0.85 ({@code Olena}/{@code Olenna}), else unpaired.
 * </ul>
 * The score is the mean of the pairs, lowered when the shorter name leaves words of the longer one unpaired: a first
 * name alone ({@code Kwame} against {@code Kwame Mensah}) scores 0.875, below {@link #CLEAR} — a candidate for an
 * organizer to confirm, never a match by itself.
 */
final class NameSimilarity {

    /** The score from which one name is taken for the other, if no other candidate comes close. */
    static final double CLEAR = 0.9;
    /** The score from which a name is offered as a candidate. */
    static final double POSSIBLE = 0.75;

    private static final double INITIAL = 0.85;
    private static final double MIN_SPELLING = 0.85;

    /** How two names compare, the weakest way counting: a name that needed an initial is an initials match. */
    enum Kind {
        EXACT("exact"),
        WORD_ORDER("word-order"),
        SPELLING("spelling"),
        TRANSLITERATION("transliteration"),
        INITIALS("initials"),
        PARTIAL("partial");

        final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    record Similarity(double score, Kind kind) {

        static final Similarity NONE = new Similarity(0, Kind.PARTIAL);
    }

    private NameSimilarity() {
    }

    static Similarity compare(PersonName a, PersonName b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Similarity.NONE;
        }
        PersonName shorterName = a.words().size() <= b.words().size() ? a : b;
        List<PersonName.Word> shorter = shorterName.words();
        List<PersonName.Word> longer = shorterName == a ? b.words() : a.words();
        if (a.key().equals(b.key()) || a.joined().equals(b.joined())) {
            // "AminaYusuf" as a username is "amina yusuf" or "aminayusuf" once folded
            return new Similarity(1, Kind.EXACT);
        }
        List<PersonName.Word> unpaired = new ArrayList<>(longer);
        double sum = 0;
        Kind weakest = Kind.EXACT;
        // pair the most distinctive (longest) words first, so an initial does not take a word a full one needs
        for (PersonName.Word word : shorterName.longestFirst()) {
            PersonName.Word best = null;
            Similarity bestPair = Similarity.NONE;
            for (PersonName.Word other : unpaired) {
                Similarity pair = words(word, other);
                if (pair.score() > bestPair.score()) {
                    bestPair = pair;
                    best = other;
                }
            }
            if (best == null) {
                weakest = Kind.PARTIAL;
                continue;
            }
            unpaired.remove(best);
            sum += bestPair.score();
            if (bestPair.kind().ordinal() > weakest.ordinal()) {
                weakest = bestPair.kind();
            }
        }
        double coverage = (double) shorter.size() / longer.size();
        double score = sum / shorter.size() * (0.75 + 0.25 * coverage);
        if (coverage < 1) {
            weakest = Kind.PARTIAL;
        } else if (weakest == Kind.EXACT) {
            // every word the same, the names not: the words are in another order
            weakest = Kind.WORD_ORDER;
        }
        return new Similarity(Math.min(score, 1), weakest);
    }

    /** How alike two words are; {@link Similarity#NONE} when they should not be paired. */
    static Similarity words(PersonName.Word a, PersonName.Word b) {
        if (a.text().equals(b.text())) {
            return new Similarity(1, Kind.EXACT);
        }
        if (a.isInitial() != b.isInitial()) {
            PersonName.Word initial = a.isInitial() ? a : b;
            PersonName.Word full = a.isInitial() ? b : a;
            return full.text().startsWith(initial.text()) ? new Similarity(INITIAL, Kind.INITIALS) : Similarity.NONE;
        }
        double best = 0;
        Kind kind = Kind.SPELLING;
        if (!a.skeleton().isEmpty() && a.skeleton().equals(b.skeleton())) {
            boolean transliterated = a.transliterated() || b.transliterated();
            boolean short_ = a.skeleton().length() < 2;
            best = transliterated ? (short_ ? 0.9 : 0.95) : (short_ ? 0.85 : 0.92);
            kind = transliterated ? Kind.TRANSLITERATION : Kind.SPELLING;
        }
        double jaroWinkler = jaroWinkler(a.text(), b.text());
        if (jaroWinkler >= MIN_SPELLING && jaroWinkler > best) {
            best = jaroWinkler;
            kind = a.transliterated() || b.transliterated() ? Kind.TRANSLITERATION : Kind.SPELLING;
        }
        return best == 0 ? Similarity.NONE : new Similarity(best, kind);
    }

    /** Jaro-Winkler similarity (prefix scale 0.1, up to 4 letters). */
    static double jaroWinkler(String s, String t) {
        if (s.equals(t)) {
            return 1;
        }
        int window = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
        boolean[] sMatched = new boolean[s.length()];
        boolean[] tMatched = new boolean[t.length()];
        int matches = 0;
        for (int i = 0; i < s.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(t.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!tMatched[j] && s.charAt(i) == t.charAt(j)) {
                    sMatched[i] = true;
                    tMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (sMatched[i]) {
                while (!tMatched[k]) {
                    k++;
                }
                if (s.charAt(i) != t.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / s.length() + m / t.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(s.length(), t.length())) && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
