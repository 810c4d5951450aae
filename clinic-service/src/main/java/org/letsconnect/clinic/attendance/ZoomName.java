package org.letsconnect.clinic.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name as Zoom's participant report writes it: the name shown in the meeting, followed by the account's original
 * name in brackets when the person renamed themselves ({@code Amina Yusuf (Amina Y.)}). People also put their
 * pronouns in brackets ({@code Kwame (he/him)}); those are not a name and are left out.
 *
 * @param shown the name shown in the meeting, brackets removed
 * @param original the original name from the brackets, or null
 */
record ZoomName(String shown, String original) {

    private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[]([^)\\]]*)[)\\]]");
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers", "they", "them",
            "theirs", "ze", "zir", "xe", "xem", "it", "any", "all", "il", "lui", "elle", "iel", "ele", "ela", "dele",
            "dela", "elu", "él", "ella", "hen", "sie", "ihr", "er", "ihm");

    static ZoomName parse(String text) {
        String name = text.strip();
        Matcher matcher = BRACKETS.matcher(name);
        List<String> bracketed = new ArrayList<>();
        while (matcher.find()) {
            String inside = matcher.group(1).strip();
            if (!inside.isEmpty() && !isPronouns(inside)) {
                bracketed.add(inside);
            }
        }
        String shown = BRACKETS.matcher(name).replaceAll("").strip();
        String original = bracketed.isEmpty() ? null : bracketed.get(bracketed.size() - 1);
        if (shown.isEmpty()) {
            return new ZoomName(original == null ? name : original, null);
        }
        return new ZoomName(shown, original == null || original.equalsIgnoreCase(shown) ? null : original);
    }

    /** {@code he/him}, {@code she/they}, {@code elle} — words of a pronoun list, not of a name. */
    static boolean isPronouns(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[/,\\s]+");
        if (words.length == 0) {
            return false;
        }
        for (String word : words) {
            if (!word.isEmpty() && !PRONOUNS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words of the names phones, tablets and computers give Zoom when nobody typed one ("iPhone", "Galaxy A12",
     * "Redmi Note 9", "DESKTOP-4KQ2"): a name made of one of them names a device, not a person.
     */
    private static final Set<String> DEVICE_WORDS = Set.of("iphone", "ipad", "galaxy", "samsung", "android", "pixel",
            "redmi", "xiaomi", "huawei", "oppo", "vivo", "tecno", "infinix", "itel", "nokia", "motorola", "moto",
            "oneplus", "realme", "macbook", "desktop", "laptop", "pc", "phone", "tablet", "zoom");

    /** Whether the name shown is a device's rather than a person's (see {@link #DEVICE_WORDS}). */
    boolean looksLikeDevice() {
        for (String word : shown.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (DEVICE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The names to compare: the shown one, then the original one. */
    List<String> all() {
        return original == null ? List.of(shown) : List.of(shown, original);
    }

    /** The report's whole text for the name, as people read it. */
    String display() {
        return original == null ? shown : shown + " (" + original + ")";
    }
}
