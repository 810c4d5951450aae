package org.letsconnect.notification.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.letsconnect.platform.i18n.BundleConsistency;
import org.letsconnect.platform.i18n.MessageFormatter;
import org.letsconnect.platform.i18n.Messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The notification texts, i18n/notification, in every language the mails are written in. */
class NotificationBundleTest {

    private static final Path SOURCE = Path.of("src/main/resources/i18n/notification");
    /** The languages the programme publishes in: every text translated. */
    private static final Set<String> COMPLETE = Set.of("es", "fr", "pt", "ar");
    private static final Set<String> TRANSLATED = Set.of("es", "fr", "pt", "ar", "sw", "ha");
    private static final Pattern PARAMETER = Pattern.compile("\\$\\d+");
    /** The forms of a PLURAL about $1 (none of these texts nests templates inside one). */
    private static final Pattern PLURAL = Pattern.compile("\\{\\{PLURAL:\\$1\\|([^{}]*)}}");

    private final Messages messages = new Messages(List.of("i18n/platform", "i18n/notification"));

    @Test
    void bundleIsConsistent() {
        BundleConsistency.assertConsistent(SOURCE, "notification-");
    }

    @Test
    void everyTranslationHasExactlyTheSourceKeysWithTheSameParameters() throws IOException {
        Map<String, String> source = read("en");
        List<String> problems = new ArrayList<>();
        for (String language : languageFiles()) {
            Map<String, String> translation = read(language);
            Set<String> missing = new TreeSet<>(source.keySet());
            missing.removeAll(translation.keySet());
            Set<String> extra = new TreeSet<>(translation.keySet());
            extra.removeAll(source.keySet());
            if (!missing.isEmpty()) {
                problems.add(language + " lacks " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(language + " has keys en.json does not: " + extra);
            }
            for (Map.Entry<String, String> text : translation.entrySet()) {
                String english = source.get(text.getKey());
                if (english != null && !parameters(text.getValue()).equals(parameters(english))) {
                    problems.add(language + ": " + text.getKey() + " uses " + parameters(text.getValue())
                            + ", the English text " + parameters(english));
                }
                if (english != null && plurals(text.getValue()).size() != plurals(english).size()) {
                    problems.add(language + ": " + text.getKey() + " does not keep the English text's PLURAL");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theProgrammeLanguagesAreCompleteAndEveryFileIsLoaded() throws IOException {
        assertTrue(languageFiles().containsAll(TRANSLATED), languageFiles()::toString);
        assertTrue(messages.availableLanguages().containsAll(languageFiles()),
                () -> "on the classpath: " + messages.availableLanguages());
        List<String> untranslated = new ArrayList<>();
        for (String language : COMPLETE) {
            for (String key : read("en").keySet()) {
                if (messages.raw(language, key).isEmpty()) {
                    untranslated.add(language + ": " + key);
                }
            }
        }
        assertEquals(List.of(), untranslated);
    }

    /**
     * Forms are matched by position in CLDR's order (see {@link MessageFormatter}), so a PLURAL gives every category
     * of the language; leaving out {@code many} is fine where it only stands for millions (es, fr, pt), not where
     * it is a common form (ar: 11 to 99).
     */
    @Test
    void pluralsGiveTheFormsOfTheirLanguage() throws IOException {
        MessageFormatter formatter = messages.formatter();
        List<String> problems = new ArrayList<>();
        for (String language : languageFiles()) {
            List<String> categories = formatter.pluralCategories(language);
            boolean manyOnlyForMillions = IntStream.range(0, 10_000)
                    .noneMatch(n -> formatter.pluralCategory(language, n).equals("many"));
            int withoutMany = manyOnlyForMillions && categories.contains("many") ? categories.size() - 1
                    : categories.size();
            for (Map.Entry<String, String> text : read(language).entrySet()) {
                for (List<String> forms : plurals(text.getValue())) {
                    if (forms.size() != categories.size() && forms.size() != withoutMany) {
                        problems.add(language + ": " + text.getKey() + " gives " + forms.size() + " forms for "
                                + categories);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(List.of("zero", "one", "two", "few", "many", "other"), formatter.pluralCategories("ar"));
        assertEquals(List.of("one", "other"), formatter.pluralCategories("sw"));
        assertEquals(List.of("one", "other"), formatter.pluralCategories("ha"));
    }

    @Test
    void pluralFormsAreChosenForTheNumber() {
        String resources = "notification-follow-up-resources";
        assertEquals("إليك المورد المنشور من الجلسة:", messages.get("ar", resources, 1));
        assertEquals("إليك الموردَين المنشورَين من الجلسة:", messages.get("ar", resources, 2));
        assertEquals("إليك 3 موارد منشورة من الجلسة:", messages.get("ar", resources, 3));
        assertEquals("إليك 11 موردًا منشورًا من الجلسة:", messages.get("ar", resources, 11));
        assertEquals("إليك 100 مورد منشور من الجلسة:", messages.get("ar", resources, 100));
        assertEquals("Voici la ressource partagée lors de la session :", messages.get("fr", resources, 1));
        assertEquals("Voici les 2 ressources partagées lors de la session :", messages.get("fr", resources, 2));
        assertEquals("Aquí tienes los 3 recursos compartidos en la sesión:", messages.get("es", resources, 3));
        assertEquals("Aqui estão os 2 recursos da sessão:", messages.get("pt-br", resources, 2));
        assertEquals("Hizi hapa nyenzo 3 zilizoshirikiwa kutoka kwenye kipindi:", messages.get("sw", resources, 3));
        assertEquals("Mhudhuriaji wa mara kwa mara: kipindi kimoja", messages.get("sw", "notification-badge-regular", 1));
        assertEquals("Mai halarta akai-akai: tarurruka 10", messages.get("ha", "notification-badge-regular", 10));
        assertEquals("مشارك منتظم: جلستان", messages.get("ar", "notification-badge-regular", 2));
    }

    private static Set<String> languageFiles() throws IOException {
        Set<String> languages = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCE)) {
            files.map(path -> path.getFileName().toString().replaceFirst("\\.json$", "")).forEach(languages::add);
        }
        languages.remove("en");
        languages.remove("qqq");
        return languages;
    }

    private static Map<String, String> read(String language) throws IOException {
        JsonNode root = new ObjectMapper().readTree(SOURCE.resolve(language + ".json").toFile());
        Map<String, String> texts = new LinkedHashMap<>();
        root.properties().forEach(field -> {
            if (!field.getKey().equals("@metadata")) {
                texts.put(field.getKey(), field.getValue().asText());
            }
        });
        return texts;
    }

    /** The parameters a text uses; a translation may use one more often than the English text does. */
    private static Set<String> parameters(String text) {
        Set<String> parameters = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            parameters.add(matcher.group());
        }
        return parameters;
    }

    private static List<List<String>> plurals(String text) {
        List<List<String>> plurals = new ArrayList<>();
        Matcher matcher = PLURAL.matcher(text);
        while (matcher.find()) {
            plurals.add(List.of(matcher.group(1).split("\\|", -1)));
        }
        return plurals;
    }
}
