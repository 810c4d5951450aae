package org.letsconnect.registry.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.letsconnect.platform.i18n.Messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The skills feature's messages in the registry bundle ({@code registry-skill-} keys only: other features keep
 * their own keys in the same files), in the translatewiki.net layout.
 */
class SkillMessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/i18n/registry");
    private static final List<String> KEYS = List.of("registry-skill-not-found-detail", "registry-skill-unknown-code");
    private static final Pattern PARAMETER = Pattern.compile("\\$\\d+");

    private final Messages messages = new Messages(List.of("i18n/platform", "i18n/registry"));

    @Test
    void everyLanguageHasTheSkillMessagesAndQqqDocumentsThem() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode en = json.readTree(BUNDLE.resolve("en.json").toFile());
        for (String language : List.of("en", "qqq", "es", "fr", "pt", "ar")) {
            JsonNode file = json.readTree(BUNDLE.resolve(language + ".json").toFile());
            assertTrue(file.path("@metadata").path("authors").isArray(), language + ".json has @metadata.authors");
            for (String key : KEYS) {
                String text = file.path(key).asText("");
                assertFalse(text.isBlank(), language + ".json: " + key);
                if (!language.equals("qqq")) {
                    assertEquals(parameters(en.path(key).asText()), parameters(text), language + ".json: " + key);
                }
            }
            file.fieldNames().forEachRemaining(key -> {
                if (key.startsWith("registry-skill-")) {
                    assertTrue(KEYS.contains(key) || en.has(key), language + ".json: " + key + " is in en.json");
                }
            });
        }
        JsonNode qqq = json.readTree(BUNDLE.resolve("qqq.json").toFile());
        assertTrue(qqq.path("registry-skill-not-found-detail").asText().contains("$1"), "qqq documents $1");
    }

    @Test
    void textsInTheCallersLanguage() {
        assertEquals("There is no skill with the code Q1 in the skills taxonomy.",
                messages.get("en", "registry-skill-not-found-detail", "Q1"));
        assertEquals("No hay ninguna habilidad con el código Q1 en la taxonomía de habilidades.",
                messages.get("es", "registry-skill-not-found-detail", "Q1"));
        assertEquals("Não existe nenhuma competência com o código Q1 na taxonomia de competências.",
                messages.get("pt-br", "registry-skill-not-found-detail", "Q1"));
        assertEquals("الرمز Q7 ليس رمز مهارة في تصنيف المهارات.", messages.get("ar", "registry-skill-unknown-code", "Q7"));
        assertEquals("Q7 n’est pas un code de compétence de la taxonomie des compétences.",
                messages.get("fr-CA", "registry-skill-unknown-code", "Q7"));
        assertTrue(messages.availableLanguages().containsAll(Set.of("en", "es", "fr", "pt", "ar")));
    }

    private static Set<String> parameters(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
