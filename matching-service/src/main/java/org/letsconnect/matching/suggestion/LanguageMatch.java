package org.letsconnect.matching.suggestion;

import java.util.List;
import java.util.Optional;

import org.letsconnect.contracts.registry.LanguageSkill;

/**
 * The best language two people both speak: the one whose weaker side is strongest (native and advanced on both sides
 * best, basic lowest); among equals, the learner's first listed. Two codes are the same language when they are equal
 * or share their primary subtag ({@code pt} and {@code pt-br}, {@code sr-ec} and {@code sr-el}): people who read one
 * follow the other in a conversation.
 *
 * @param language the learner's code of the language
 * @param learnerLevel the learner's level in it
 * @param sharerLevel the sharer's level in it
 * @param percent how well the weaker side speaks it, from {@link SuggestionConfig.LanguageLevels}
 */
public record LanguageMatch(String language, String learnerLevel, String sharerLevel, int percent) {

    /** The best common language; empty if they have none (or either side lists no language). */
    public static Optional<LanguageMatch> best(List<LanguageSkill> learner, List<LanguageSkill> sharer,
            SuggestionConfig.LanguageLevels levels) {
        LanguageMatch best = null;
        for (LanguageSkill mine : learner) {
            for (LanguageSkill theirs : sharer) {
                if (mine.code() == null || theirs.code() == null || !sameLanguage(mine.code(), theirs.code())) {
                    continue;
                }
                int percent = Math.min(percent(mine.level(), levels), percent(theirs.level(), levels));
                if (best == null || percent > best.percent()) {
                    best = new LanguageMatch(mine.code(), level(mine.level()), level(theirs.level()), percent);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether both list languages and none of them is common: such a pair is not suggested. */
    public static boolean noneInCommon(List<LanguageSkill> learner, List<LanguageSkill> sharer) {
        if (learner.isEmpty() || sharer.isEmpty()) {
            return false;
        }
        for (LanguageSkill mine : learner) {
            for (LanguageSkill theirs : sharer) {
                if (mine.code() != null && theirs.code() != null && sameLanguage(mine.code(), theirs.code())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Equal primary subtags, compared in place: this runs for every pair of languages of every candidate. */
    static boolean sameLanguage(String a, String b) {
        int endA = primaryEnd(a);
        return endA == primaryEnd(b) && a.regionMatches(true, 0, b, 0, endA);
    }

    private static int primaryEnd(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code.length() : dash;
    }

    /** An unknown or missing level counts as basic. */
    private static String level(String level) {
        return level != null && LanguageSkill.LEVELS.contains(level) ? level : LanguageSkill.BASIC;
    }

    private static int percent(String level, SuggestionConfig.LanguageLevels levels) {
        return switch (level(level)) {
            case LanguageSkill.NATIVE -> levels.nativeLevel();
            case LanguageSkill.ADVANCED -> levels.advanced();
            case LanguageSkill.INTERMEDIATE -> levels.intermediate();
            default -> levels.basic();
        };
    }
}
