package org.letsconnect.platform.i18n;

import java.util.Locale;
import java.util.Set;

import com.ibm.icu.lang.UScript;

/**
 * The writing direction of a language, for {@code dir="rtl"} in HTML mail.
 *
 * <p>
 * Right-to-left are the languages MediaWiki marks {@code $rtl = true} (listed below), then any code with an
 * explicit right-to-left script subtag ({@code -arab}, {@code -hebr}, {@code -syrc}, {@code -thaa}, {@code -nkoo},
 * …, as MediaWiki's {@code ku-arab}, {@code ms-arab}), then whatever CLDR's likely script for the language says
 * (ICU {@code ULocale.isRightToLeft()}), so a language missing from the list still gets its direction.
 */
public enum Direction {
    LTR,
    RTL;

    /** Languages MediaWiki writes right to left ({@code $rtl = true} in {@code languages/messages/Messages*.php}). */
    private static final Set<String> MEDIAWIKI_RTL = Set.of(
            "ar", "arc", "arq", "ary", "arz", "aeb", "aeb-arab", "acm", "apc", "ajp", "azb", "bcc", "bgn", "bqi",
            "bft", "ckb", "dv", "en-rtl", "fa", "glk", "ha-arab", "haz", "he", "hno", "khw", "kk-arab", "kk-cn",
            "ks", "ks-arab", "ku-arab", "lki", "lrc", "luz", "ms-arab", "mzn", "nqo", "pnb", "prs", "ps", "sd",
            "sdh", "skr", "skr-arab", "syc", "trw", "ug", "ug-arab", "ur", "uz-arab", "yi", "ydd");

    /** The direction for a Wikimedia language code (any case, {@code _} or {@code -}); {@link #LTR} if unknown. */
    public static Direction of(String code) {
        String normalised = LanguageCode.normalise(code);
        if (!LanguageCode.isValid(normalised)) {
            return LTR;
        }
        if (MEDIAWIKI_RTL.contains(normalised)) {
            return RTL;
        }
        String[] subtags = normalised.split("-");
        for (int i = 1; i < subtags.length; i++) {
            if (subtags[i].length() == 4 && subtags[i].chars().allMatch(Character::isLetter)) {
                int script = UScript.getCodeFromName(subtags[i].toLowerCase(Locale.ROOT));
                if (script != UScript.INVALID_CODE) {
                    return UScript.isRightToLeft(script) ? RTL : LTR;
                }
            }
        }
        if (subtags.length > 1 && MEDIAWIKI_RTL.contains(subtags[0])) {
            return RTL; // a regional variant without a script subtag: ar-eg, fa-af
        }
        return LanguageCode.toULocale(normalised).isRightToLeft() ? RTL : LTR;
    }

    /** The HTML {@code dir} attribute value: {@code ltr} or {@code rtl}. */
    public String htmlValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is {@link #RTL}. */
    public boolean isRtl() {
        return this == RTL;
    }
}
