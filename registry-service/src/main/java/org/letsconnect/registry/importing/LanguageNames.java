package org.letsconnect.registry.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.i18n.LanguageFallbacks;

import com.ibm.icu.util.ULocale;

/**
 * Language answers of the old form ({@code "English, Hausa, Português"}) to Wikimedia language codes.
 *
 * <p>
 * Every code the platform knows ({@link LanguageFallbacks#knownLanguages()}) is named by ICU (CLDR) in English,
 * Spanish, French, Portuguese and Arabic and in the language itself ({@code Hausa}, {@code hausa}, {@code haoussa},
 * {@code hauçá}, {@code الهوسا}; {@code Kiswahili}, {@code العربية}, {@code 中文}); a name shared by several codes goes to
 * the shortest ({@code Portuguese} is {@code pt}, {@code Portuguese (Brazil)} is {@code pt-br}). The code itself is
 * accepted too ({@code pt-BR}). Compared with {@link Names#key}.
 *
 * <p>
 * The form did not ask how well: a language gets {@value LanguageSkill#INTERMEDIATE} unless the answer says so in
 * parentheses ({@code Hausa (native)}, {@code French (basic)}).
 */
final class LanguageNames {

    /** A language an answer names, with the level it gives or the default. */
    record Spoken(String code, String level) {
    }

    private static final List<ULocale> DISPLAY = List.of(ULocale.ENGLISH, new ULocale("es"), ULocale.FRENCH,
            new ULocale("pt"), new ULocale("ar"));
    private static final Pattern LEVEL = Pattern.compile("^(.*?)\\s*[(\\[]\\s*([^()\\[\\]]+?)\\s*[)\\]]\\s*$");
    private static final Map<String, String> LEVELS = Map.ofEntries(
            Map.entry("native", LanguageSkill.NATIVE), Map.entry("mother tongue", LanguageSkill.NATIVE),
            Map.entry("first language", LanguageSkill.NATIVE), Map.entry("nativo", LanguageSkill.NATIVE),
            Map.entry("nativa", LanguageSkill.NATIVE), Map.entry("natif", LanguageSkill.NATIVE),
            Map.entry("maternelle", LanguageSkill.NATIVE), Map.entry("fluent", LanguageSkill.ADVANCED),
            Map.entry("advanced", LanguageSkill.ADVANCED), Map.entry("fluente", LanguageSkill.ADVANCED),
            Map.entry("avancado", LanguageSkill.ADVANCED), Map.entry("avanzado", LanguageSkill.ADVANCED),
            Map.entry("courant", LanguageSkill.ADVANCED), Map.entry("intermediate", LanguageSkill.INTERMEDIATE),
            Map.entry("intermedio", LanguageSkill.INTERMEDIATE), Map.entry("intermediario", LanguageSkill.INTERMEDIATE),
            Map.entry("basic", LanguageSkill.BASIC), Map.entry("beginner", LanguageSkill.BASIC),
            Map.entry("basico", LanguageSkill.BASIC), Map.entry("debutant", LanguageSkill.BASIC));
    /** Names people use that CLDR does not give. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("Farsi", "fa"), Map.entry("Bengali", "bn"), Map.entry("Mandarin", "zh"),
            Map.entry("Castellano", "es"), Map.entry("Brazilian Portuguese", "pt-br"),
            Map.entry("Português brasileiro", "pt-br"), Map.entry("Portugués brasileño", "pt-br"),
            Map.entry("Pidgin", "pcm"), Map.entry("Naija", "pcm"), Map.entry("Yorùbá", "yo"),
            Map.entry("Kiswahili", "sw"), Map.entry("Isizulu", "zu"), Map.entry("Isixhosa", "xh"));

    private static final Map<String, String> INDEX = index();

    private LanguageNames() {
    }

    /** The Wikimedia code for a language name, without any level in parentheses; empty if unknown. */
    static Optional<String> code(String name) {
        String key = Names.key(name);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(INDEX.get(key));
    }

    /**
     * The language an answer names and its level: the whole answer as a name first ({@code Portuguese (Brazil)}),
     * else the part before a level in parentheses ({@code Hausa (native)}); empty if neither is a language.
     */
    static Optional<Spoken> spoken(String answer) {
        Optional<String> whole = code(answer);
        if (whole.isPresent()) {
            return Optional.of(new Spoken(whole.get(), LanguageSkill.INTERMEDIATE));
        }
        Matcher matcher = LEVEL.matcher(answer == null ? "" : answer.strip());
        if (matcher.matches()) {
            String level = LEVELS.get(Names.key(matcher.group(2)));
            Optional<String> code = code(matcher.group(1));
            if (level != null && code.isPresent()) {
                return Optional.of(new Spoken(code.get(), level));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> index() {
        List<String> codes = new ArrayList<>();
        for (String code : LanguageFallbacks.knownLanguages()) {
            if (LanguageCode.isValid(code)) {
                codes.add(code);
            }
        }
        // base languages before their variants, so that "Portuguese" is pt and not pt-br
        codes.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        Map<String, String> index = new HashMap<>();
        ALIASES.forEach((name, code) -> {
            if (LanguageFallbacks.isKnown(code)) {
                put(index, name, code);
            }
        });
        for (String code : codes) {
            ULocale locale = ULocale.forLanguageTag(LanguageCode.bcp47(code));
            if (locale.getLanguage().isEmpty()) {
                continue;
            }
            for (ULocale display : DISPLAY) {
                put(index, locale.getDisplayName(display), code);
            }
            put(index, locale.getDisplayName(locale), code);
        }
        for (String code : codes) {
            put(index, code, code);
            put(index, LanguageCode.bcp47(code), code);
        }
        return Map.copyOf(index);
    }

    private static void put(Map<String, String> index, String name, String code) {
        String key = Names.key(name);
        if (!key.isEmpty()) {
            index.putIfAbsent(key, code);
        }
    }
}
