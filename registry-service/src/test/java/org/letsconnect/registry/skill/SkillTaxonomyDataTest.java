package org.letsconnect.registry.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The data file itself, read as plain JSON (not through {@link SkillTaxonomy}, so that a lenient loader could not
 * hide a problem): the shape CapX's taxonomy imposes and the languages Let's Connect promises.
 */
class SkillTaxonomyDataTest {

    private static final Set<String> ROOT_KEYS = Set.of("organizational", "communication", "learning", "community",
            "social", "strategic", "technology");
    private static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "ar");
    private static final Pattern CODE = Pattern.compile("^Q[1-9][0-9]*$");

    private static JsonNode file;
    private static Map<String, JsonNode> byCode;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = SkillTaxonomyDataTest.class.getClassLoader().getResourceAsStream(SkillTaxonomy.RESOURCE)) {
            assertNotNull(in, SkillTaxonomy.RESOURCE + " is on the classpath");
            file = new ObjectMapper().readTree(in);
        }
        byCode = new LinkedHashMap<>();
        for (JsonNode entry : file.path("skills")) {
            byCode.putIfAbsent(entry.path("code").asText(), entry);
        }
    }

    @Test
    void isVersionedAndSaysWhereItComesFrom() {
        assertTrue(file.path("version").asText().matches("\\d+\\.\\d+\\.\\d+"), "semantic version");
        String source = file.path("source").asText();
        assertTrue(source.contains("CapX"), source);
        assertTrue(source.contains("provisional"), "the source note explains provisional codes");
        assertEquals(LANGUAGES, new ObjectMapper().convertValue(file.path("languages"), List.class));
    }

    @Test
    void hasSevenRootCategoriesNamedAsCapXDoes() {
        List<JsonNode> roots = new ArrayList<>();
        file.path("skills").forEach(entry -> {
            if (entry.path("parent").isNull()) {
                roots.add(entry);
            }
        });
        assertEquals(7, roots.size());
        Set<String> keys = new HashSet<>();
        roots.forEach(root -> keys.add(root.path("key").asText()));
        assertEquals(ROOT_KEYS, keys);
        // CapX's own Wikidata items for its root capacities
        Map<String, String> capx = Map.of("organizational", "Q759524", "communication", "Q11024", "learning",
                "Q60231731", "community", "Q28837578", "social", "Q1413287", "strategic", "Q30673599", "technology",
                "Q11016");
        roots.forEach(root -> assertEquals(capx.get(root.path("key").asText()), root.path("code").asText()));
        roots.forEach(root -> assertFalse(root.path("provisional").asBoolean(), "root ids are CapX's, not guesses"));
    }

    @Test
    void codesAreUniqueWikidataItemIds() {
        Set<String> seen = new HashSet<>();
        for (JsonNode entry : file.path("skills")) {
            String code = entry.path("code").asText();
            assertTrue(CODE.matcher(code).matches(), code);
            assertTrue(seen.add(code), "duplicate " + code);
        }
        int size = file.path("skills").size();
        assertTrue(size >= 60 && size <= 90, "60 to 90 entries, has " + size);
    }

    @Test
    void everyParentExistsAndNothingIsDeeperThanThreeLevels() {
        Map<String, Integer> levels = new HashMap<>();
        for (String code : byCode.keySet()) {
            int level = 1;
            Set<String> chain = new HashSet<>(Set.of(code));
            JsonNode parent = byCode.get(code).path("parent");
            while (!parent.isNull()) {
                assertTrue(byCode.containsKey(parent.asText()), code + ": parent " + parent.asText() + " exists");
                assertTrue(chain.add(parent.asText()), code + ": no cycle");
                level++;
                parent = byCode.get(parent.asText()).path("parent");
            }
            assertTrue(level <= 3, code + " is at level " + level);
            levels.put(code, level);
        }
        assertTrue(levels.containsValue(3), "the taxonomy uses its third level");
    }

    @Test
    void everyEntryIsLabelledAndDescribedInEveryLanguage() {
        for (JsonNode entry : file.path("skills")) {
            String code = entry.path("code").asText();
            for (String language : LANGUAGES) {
                assertFalse(entry.path("labels").path(language).asText("").isBlank(), code + " label " + language);
                assertFalse(entry.path("descriptions").path(language).asText("").isBlank(),
                        code + " description " + language);
            }
            String en = entry.path("labels").path("en").asText();
            // a translation, not a copy of the English (names such as "Wikidata" and "Pywikibot" excepted)
            long translated = LANGUAGES.stream().filter(l -> !l.equals("en"))
                    .filter(l -> !entry.path("descriptions").path(l).asText().equals(
                            entry.path("descriptions").path("en").asText()))
                    .count();
            assertEquals(4, translated, code + " (" + en + ") has its descriptions translated");
        }
    }

    @Test
    void arabicLabelsAreInArabicScript() {
        for (JsonNode entry : file.path("skills")) {
            String label = entry.path("labels").path("ar").asText();
            assertTrue(label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                    entry.path("code").asText() + ": " + label);
            String description = entry.path("descriptions").path("ar").asText();
            assertTrue(description.codePoints()
                    .filter(Character::isLetter)
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                    .count() > description.codePoints().filter(Character::isLetter).count() / 2,
                    entry.path("code").asText() + ": the Arabic description is mostly Arabic script");
        }
    }

    @Test
    void aliasesAreNonBlankEnglishNames() {
        for (JsonNode entry : file.path("skills")) {
            JsonNode aliases = entry.path("aliases");
            if (aliases.isMissingNode()) {
                continue;
            }
            aliases.properties().forEach(language -> {
                assertTrue(language.getValue().isArray(), entry.path("code").asText());
                language.getValue().forEach(alias -> assertFalse(alias.asText().isBlank()));
            });
        }
        assertTrue(byCode.get("Q54871").path("aliases").path("en").toString().contains("\"SPARQL\""));
    }

    @Test
    void coversWhatLetsConnectTeaches() {
        SkillTaxonomy taxonomy = SkillTaxonomy.fromResource(SkillTaxonomy.RESOURCE);
        for (String topic : List.of("grant", "fundraising", "evaluation", "survey", "volunteer", "conflict",
                "edit-a-thon", "online events", "social media", "storytelling", "press", "affiliate", "governance",
                "strategic planning", "partnerships", "compliance", "sparql", "data modelling", "bots", "photography",
                "upload", "licensing", "glam", "transcription", "proofreading", "oral", "training newcomers",
                "wiktionary", "lexicographical", "toolforge", "lua", "templates", "translation tools", "diversity",
                "safe spaces", "capacity building", "facilitation", "mentoring")) {
            assertTrue(taxonomy.all().stream().anyMatch(skill -> skill.labels().get("en").toLowerCase().contains(topic)
                    || skill.aliases().getOrDefault("en", List.of()).stream().anyMatch(a -> a.toLowerCase().contains(topic))),
                    "a skill for " + topic);
        }
    }

    @Test
    void loadsThroughTheTaxonomy() {
        SkillTaxonomy taxonomy = SkillTaxonomy.fromResource(SkillTaxonomy.RESOURCE);
        assertEquals(file.path("version").asText(), taxonomy.version());
        assertEquals(byCode.size(), taxonomy.all().size());
        assertEquals(Set.copyOf(LANGUAGES), taxonomy.languages());
    }
}
