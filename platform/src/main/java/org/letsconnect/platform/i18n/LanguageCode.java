package org.letsconnect.platform.i18n;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.ibm.icu.util.ULocale;

/**
 * Value helpers for Wikimedia (MediaWiki) language codes such as {@code pt-br}, {@code sr-ec}, {@code zh-hant},
 * {@code de-formal}: lowercase, {@code -} separated, sometimes not valid BCP 47.
 *
 * <p>
 * The conversions follow MediaWiki's {@code LanguageCode} class: {@link #bcp47(String)} is
 * {@code LanguageCode::bcp47()} (for HTTP {@code Content-Language}, HTML {@code lang}) and {@link #normalise(String)}
 * applies {@code LanguageCode::bcp47ToInternal()} plus MediaWiki's deprecated-code renames, so a browser's
 * {@code zh-Hant-TW} becomes MediaWiki's {@code zh-tw} and {@code sr-Latn} becomes {@code sr-el}.
 */
public final class LanguageCode {

    /** Wikimedia's internal code shape: a 2–3 letter language, then lowercase subtags. */
    private static final Pattern VALID = Pattern.compile("^[a-z]{2,3}(-[a-z0-9]{2,8})*$");

    /** MediaWiki {@code LanguageCode::DEPRECATED_LANGUAGE_CODE_MAPPING}. */
    private static final Map<String, String> DEPRECATED = Map.of(
            "als", "gsw",
            "bat-smg", "sgs",
            "be-x-old", "be-tarask",
            "fiu-vro", "vro",
            "roa-rup", "rup",
            "zh-classical", "lzh",
            "zh-min-nan", "nan",
            "zh-yue", "yue");

    /** MediaWiki {@code LanguageCode::NON_STANDARD_LANGUAGE_CODE_MAPPING} (internal code → BCP 47). */
    private static final Map<String, String> NON_STANDARD = Map.ofEntries(
            Map.entry("cbk-zam", "cbk"),
            Map.entry("de-formal", "de-x-formal"),
            Map.entry("eml", "egl"),
            Map.entry("en-rtl", "en-x-rtl"),
            Map.entry("es-formal", "es-x-formal"),
            Map.entry("hu-formal", "hu-x-formal"),
            Map.entry("map-bms", "jv-x-bms"),
            Map.entry("mo", "ro-Cyrl-MD"),
            Map.entry("nrm", "nrf"),
            Map.entry("nl-informal", "nl-x-informal"),
            Map.entry("roa-tara", "nap-x-tara"),
            Map.entry("simple", "en-simple"),
            Map.entry("sr-ec", "sr-Cyrl"),
            Map.entry("sr-el", "sr-Latn"),
            Map.entry("crh-ro", "crh-Latn-RO"),
            Map.entry("kk-cn", "kk-Arab-CN"),
            Map.entry("kk-tr", "kk-Latn-TR"),
            Map.entry("zh-cn", "zh-Hans-CN"),
            Map.entry("zh-sg", "zh-Hans-SG"),
            Map.entry("zh-my", "zh-Hans-MY"),
            Map.entry("zh-tw", "zh-Hant-TW"),
            Map.entry("zh-hk", "zh-Hant-HK"),
            Map.entry("zh-mo", "zh-Hant-MO"));

    /** The inverse of {@link #NON_STANDARD}, lowercase BCP 47 → internal code. */
    private static final Map<String, String> FROM_BCP47;

    static {
        Map<String, String> inverse = new HashMap<>();
        NON_STANDARD.forEach((internal, bcp47) -> inverse.put(bcp47.toLowerCase(Locale.ROOT), internal));
        FROM_BCP47 = Map.copyOf(inverse);
    }

    private LanguageCode() {
    }

    /**
     * The Wikimedia code for a code or BCP 47 tag in any case: trimmed, lowercase, {@code _} → {@code -}, MediaWiki's
     * deprecated codes renamed ({@code be-x-old} → {@code be-tarask}) and standard tags mapped back to MediaWiki's
     * internal codes ({@code zh-Hant-TW} → {@code zh-tw}, {@code sr-Cyrl} → {@code sr-ec},
     * {@code de-x-formal} → {@code de-formal}). Returns an empty string for {@code null}. The result is not checked:
     * use {@link #isValid(String)}.
     */
    public static String normalise(String code) {
        if (code == null) {
            return "";
        }
        String lower = code.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        String internal = FROM_BCP47.getOrDefault(lower, lower);
        return DEPRECATED.getOrDefault(internal, internal);
    }

    /** Whether a code (already normalised) has Wikimedia's code shape {@code ^[a-z]{2,3}(-[a-z0-9]{2,8})*$}. */
    public static boolean isValid(String code) {
        return code != null && VALID.matcher(code).matches();
    }

    /**
     * The BCP 47 tag for a Wikimedia code, as MediaWiki's {@code LanguageCode::bcp47()}: {@code pt-br} →
     * {@code pt-BR}, {@code zh-hant} → {@code zh-Hant}, {@code sr-ec} → {@code sr-Cyrl}, {@code de-formal} →
     * {@code de-x-formal}, {@code zh-tw} → {@code zh-Hant-TW}. For HTTP {@code Content-Language} and HTML
     * {@code lang}.
     */
    public static String bcp47(String wikimediaCode) {
        String code = wikimediaCode == null ? "" : wikimediaCode.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        code = DEPRECATED.getOrDefault(code, code);
        code = NON_STANDARD.getOrDefault(code, code);
        String[] segments = code.split("-", -1);
        List<String> out = new ArrayList<>(segments.length);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (i > 0 && segments[i - 1].equalsIgnoreCase("x")) {
                out.add(segment.toLowerCase(Locale.ROOT));
            } else if (i > 0 && segment.length() == 2) {
                out.add(segment.toUpperCase(Locale.ROOT));
            } else if (i > 0 && segment.length() == 4) {
                String lower = segment.toLowerCase(Locale.ROOT);
                out.add(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
            } else {
                out.add(segment.toLowerCase(Locale.ROOT));
            }
        }
        return String.join("-", out);
    }

    /**
     * The ICU locale whose CLDR data (plural rules, number formats) fits a Wikimedia code. Mostly the locale of
     * {@link #bcp47(String)}; one exception: Wikimedia's {@code pt} is European Portuguese, while CLDR's {@code pt}
     * is Brazilian (where 0 takes the singular), so {@code pt} maps to {@code pt-PT}.
     */
    public static ULocale toULocale(String wikimediaCode) {
        String code = normalise(wikimediaCode);
        if (code.equals("pt")) {
            return ULocale.forLanguageTag("pt-PT");
        }
        if (code.isEmpty()) {
            return ULocale.ROOT;
        }
        return ULocale.forLanguageTag(bcp47(code));
    }
}
