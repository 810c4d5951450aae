package org.letsconnect.registry.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.taxonomy.SkillTree;

/** What the rest of the service relies on: validation of codes, category search, labels with fallbacks. */
class SkillTaxonomyTest {

    private static final String TECHNOLOGY = "Q11016";
    private static final String WIKIDATA = "Q2013";
    private static final String SPARQL = "Q54871";
    private static final String DATA_MODELLING = "Q1172480";

    private final SkillTaxonomy taxonomy = SkillTaxonomy.fromResource(SkillTaxonomy.RESOURCE);

    @Test
    void knowsItsCodesExactly() {
        assertTrue(taxonomy.isKnown(SPARQL));
        assertFalse(taxonomy.isKnown("q54871"));
        assertFalse(taxonomy.isKnown(" Q54871"));
        assertFalse(taxonomy.isKnown("Q1"));
        assertFalse(taxonomy.isKnown(null));
        assertEquals("Q2013", taxonomy.find(SPARQL).orElseThrow().parent());
        assertEquals(3, taxonomy.find(SPARQL).orElseThrow().level());
        assertEquals("technology", taxonomy.find(SPARQL).orElseThrow().category());
        assertTrue(taxonomy.find("Q1").isEmpty());
        assertTrue(taxonomy.find(null).isEmpty());
    }

    @Test
    void namesTheUnknownCodesInInputOrderOnce() {
        assertEquals(List.of(), taxonomy.unknown(List.of(SPARQL, WIKIDATA, TECHNOLOGY)));
        assertEquals(List.of(), taxonomy.unknown(List.of()));
        assertEquals(List.of(), taxonomy.unknown(null));
        assertEquals(List.of("Q1", "Q999999999", "sparql"),
                taxonomy.unknown(List.of("Q1", SPARQL, "Q999999999", "Q1", "sparql", WIKIDATA)));
        assertEquals(Arrays.asList(null, ""), taxonomy.unknown(Arrays.asList(SPARQL, null, "", null)));
    }

    @Test
    void aCategoryStandsForItsSubSkills() {
        List<String> wikidata = taxonomy.descendantsAndSelf(WIKIDATA);
        assertEquals(WIKIDATA, wikidata.get(0));
        assertTrue(wikidata.containsAll(List.of(SPARQL, DATA_MODELLING)));
        assertEquals(taxonomy.children(WIKIDATA).size() + 1, wikidata.size(), "Wikidata's children are leaves");
        assertEquals(List.of(SPARQL), taxonomy.descendantsAndSelf(SPARQL));
        assertEquals(List.of(), taxonomy.descendantsAndSelf("Q1"));

        List<String> technology = taxonomy.descendantsAndSelf(TECHNOLOGY);
        assertTrue(technology.containsAll(wikidata));
        assertTrue(technology.stream().allMatch(code -> taxonomy.find(code).orElseThrow().category().equals("technology")));
        assertFalse(technology.contains("Q1656682"), "event organizing is strategic, not technology");

        // the seven categories cover every skill exactly once
        List<String> all = new ArrayList<>();
        taxonomy.roots().forEach(root -> all.addAll(taxonomy.descendantsAndSelf(root)));
        assertEquals(taxonomy.all().size(), all.size());
        assertEquals(taxonomy.all().stream().map(Skill::code).toList(), all, "all() is depth first too");
    }

    @Test
    void thePathStartsAtTheRootCategory() {
        assertEquals(List.of(TECHNOLOGY, WIKIDATA, SPARQL), taxonomy.ancestorsAndSelf(SPARQL));
        assertEquals(List.of(TECHNOLOGY), taxonomy.ancestorsAndSelf(TECHNOLOGY));
        assertEquals(List.of(), taxonomy.ancestorsAndSelf("Q1"));
    }

    @Test
    void labelsFollowTheLanguageFallbackChain() {
        assertEquals("Consultas com SPARQL", taxonomy.label(SPARQL, "pt-br"), "pt-br → pt");
        assertEquals("Consultas com SPARQL", taxonomy.label(SPARQL, "pt-BR"));
        assertEquals("Consultas con SPARQL", taxonomy.label(SPARQL, "es-419"), "es-419 → es");
        assertEquals("Requêtes SPARQL", taxonomy.label(SPARQL, "oc"), "oc → ca → fr");
        assertEquals("الاستعلام باستخدام SPARQL", taxonomy.label(SPARQL, "ar-EG"));
        assertEquals("Querying with SPARQL", taxonomy.label(SPARQL, "de"), "no German labels → en");
        assertEquals("Querying with SPARQL", taxonomy.label(SPARQL, "sw"), "no Swahili labels → en");
        assertEquals("Querying with SPARQL", taxonomy.label(SPARQL, null));
        assertEquals("Querying with SPARQL", taxonomy.label(SPARQL, "not a language!"));
        assertEquals("Q1", taxonomy.label("Q1", "es"), "an unknown code renders as itself");
        assertTrue(taxonomy.description(SPARQL, "fr").startsWith("Écrire des requêtes SPARQL"));
    }

    @Test
    void buildsTheTreeInALanguage() {
        List<SkillNode> tree = taxonomy.tree("es");
        assertEquals(7, tree.size());
        assertEquals(taxonomy.roots(), tree.stream().map(SkillNode::code).toList());
        SkillNode technology = tree.stream().filter(n -> n.code().equals(TECHNOLOGY)).findFirst().orElseThrow();
        assertEquals("Tecnología", technology.label());
        assertEquals("es", technology.language());
        SkillNode wikidata = technology.children().stream().filter(n -> n.code().equals(WIKIDATA)).findFirst().orElseThrow();
        SkillNode sparql = wikidata.children().stream().filter(n -> n.code().equals(SPARQL)).findFirst().orElseThrow();
        assertEquals("Consultas con SPARQL", sparql.label());
        assertEquals(3, sparql.level());
        assertTrue(sparql.aliases().contains("SPARQL"), "English aliases are searchable in every language");
        assertEquals(List.of(), sparql.children());
        assertEquals(taxonomy.all().size(), count(tree));

        SkillNode german = taxonomy.tree("de").get(0);
        assertEquals("en", german.language(), "the node says its label fell back to English");
    }

    @Test
    void describesOneSkillWithItsPath() {
        SkillDetail detail = taxonomy.detail(SPARQL, "ar").orElseThrow();
        assertEquals(List.of(TECHNOLOGY, WIKIDATA, SPARQL), detail.path().stream().map(SkillDetail.SkillRef::code).toList());
        assertEquals("ويكي بيانات", detail.path().get(1).label());
        assertEquals("ar", detail.language());
        assertFalse(detail.provisional());
        assertTrue(taxonomy.detail("Q1", "ar").isEmpty());
        assertEquals(taxonomy.children(WIKIDATA), taxonomy.detail(WIKIDATA, "en").orElseThrow().children().stream()
                .map(SkillDetail.SkillRef::code).toList());
    }

    @Test
    void leavesAreTheSkillsWithoutNarrowerOnes() {
        assertTrue(taxonomy.leafCodes().contains(SPARQL));
        assertFalse(taxonomy.leafCodes().contains(WIKIDATA));
        assertTrue(taxonomy.leafCodes().stream().allMatch(code -> taxonomy.children(code).isEmpty()));
        assertEquals(12, taxonomy.fingerprint().length());
    }

    @Test
    void refusesAnInconsistentFileWithEveryProblemNamed() {
        String json = """
                {"version": "9.9.9", "source": "test", "languages": ["en", "es"], "skills": [
                  {"code": "Q10", "parent": null, "key": "technology",
                   "labels": {"en": "Root", "es": "Raíz"}, "descriptions": {"en": "d", "es": "d"}},
                  {"code": "Q11", "parent": "Q10",
                   "labels": {"en": "Two", "es": "Dos"}, "descriptions": {"en": "d", "es": "d"}},
                  {"code": "Q12", "parent": "Q11",
                   "labels": {"en": "Three", "es": "Tres"}, "descriptions": {"en": "d", "es": "d"}},
                  {"code": "Q13", "parent": "Q12",
                   "labels": {"en": "Four", "es": "Cuatro"}, "descriptions": {"en": "d", "es": "d"}},
                  {"code": "Q11", "parent": "Q10",
                   "labels": {"en": "Again", "es": "Otra vez"}, "descriptions": {"en": "d", "es": "d"}},
                  {"code": "Q14", "parent": "Q404",
                   "labels": {"en": "Orphan", "es": "Huérfana"}, "descriptions": {"en": "d", "es": "d"}},
                  {"code": "Q15", "parent": "Q10",
                   "labels": {"en": "No Spanish", "pt-BR": "Sem espanhol"}, "descriptions": {"en": "d", "es": " "}},
                  {"code": "q16", "parent": "Q10",
                   "labels": {"en": "Lowercase", "es": "Minúscula"}, "descriptions": {"en": "d", "es": "d"}},
                  {"code": "Q017", "parent": "Q10",
                   "labels": {"en": "Leading zero", "es": "Cero"}, "descriptions": {"en": "d", "es": "d"}},
                  {"code": "Q18", "parent": "Q19",
                   "labels": {"en": "Cycle", "es": "Ciclo"}, "descriptions": {"en": "d", "es": "d"}},
                  {"code": "Q19", "parent": "Q18",
                   "labels": {"en": "Cycle", "es": "Ciclo"}, "descriptions": {"en": "d", "es": "d"}},
                  {"code": "Q20", "parent": null,
                   "labels": {"en": "Root without key", "es": "Raíz"}, "descriptions": {"en": "d", "es": "d"}}
                ]}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SkillTaxonomy.fromJson(json, "bad.json"));
        String message = e.getMessage();
        for (String expected : List.of("Skills taxonomy bad.json is inconsistent",
                "Q13: level 4 is deeper than 3 (Q10 → Q11 → Q12 → Q13)",
                "Q11: the code appears more than once",
                "Q14: parent Q404 is not in the taxonomy",
                "Q15: labels.es is missing or blank",
                "Q15: labels has \"pt-BR\", which is not a lowercase Wikimedia language code",
                "Q15: descriptions.es is missing or blank",
                "q16: code \"q16\" is not a Wikidata item id",
                "Q017: code \"Q017\" is not a Wikidata item id",
                "Q18: its parents form a cycle",
                "Q20: a root category needs a \"key\"")) {
            assertTrue(message.contains(expected), "«" + expected + "» in:\n" + message);
        }
    }

    @Test
    void refusesAFileThatIsNotATaxonomy() {
        assertTrue(assertThrows(IllegalStateException.class, () -> SkillTaxonomy.fromJson("{\"version\": ", "cut.json"))
                .getMessage().startsWith("Skills taxonomy cut.json is not valid JSON"));
        String noSkills = assertThrows(IllegalStateException.class,
                () -> SkillTaxonomy.fromJson("{\"languages\": [\"es\"], \"skills\": []}", "empty.json")).getMessage();
        assertTrue(noSkills.contains("\"version\" is missing"), noSkills);
        assertTrue(noSkills.contains("\"source\""), noSkills);
        assertTrue(noSkills.contains("\"languages\" must include en"), noSkills);
        assertTrue(noSkills.contains("\"skills\" is missing, not an array or empty"), noSkills);
        assertTrue(assertThrows(IllegalStateException.class, () -> SkillTaxonomy.fromResource("taxonomy/missing.json"))
                .getMessage().contains("taxonomy/missing.json is not on the classpath"));
    }

    @Test
    void acceptsAnyOrderOfEntries() {
        String json = """
                {"version": "1.0.0", "source": "test", "languages": ["en"], "skills": [
                  {"code": "Q3", "parent": "Q2", "labels": {"en": "Leaf"}, "descriptions": {"en": "d"}},
                  {"code": "Q2", "parent": "Q1", "labels": {"en": "Middle"}, "descriptions": {"en": "d"}},
                  {"code": "Q1", "parent": null, "key": "social", "labels": {"en": "Root"}, "descriptions": {"en": "d"}}
                ]}
                """;
        SkillTaxonomy small = SkillTaxonomy.fromJson(json, "small.json");
        assertEquals(List.of("Q1", "Q2", "Q3"), small.all().stream().map(Skill::code).toList());
        assertEquals(List.of("Q1", "Q2", "Q3"), small.ancestorsAndSelf("Q3"));
        assertEquals("social", small.find("Q3").orElseThrow().category());
        assertEquals("Leaf", small.label("Q3", "ar"));
    }

    @Test
    void readsTheFileContractsShipsAndAgreesWithContractsSkillTree() {
        assertEquals(SkillTree.RESOURCE, "/" + SkillTaxonomy.RESOURCE);
        SkillTree tree = SkillTree.standard();
        assertEquals(Set.copyOf(tree.codes()), taxonomy.all().stream().map(Skill::code).collect(Collectors.toSet()));
        for (Skill skill : taxonomy.all()) {
            String code = skill.code();
            assertEquals(Optional.ofNullable(skill.parent()), tree.parent(code), code);
            assertEquals(taxonomy.descendantsAndSelf(code), List.copyOf(tree.selfAndDescendants(code)), code);
            List<String> rootFirst = new ArrayList<>(tree.selfAndAncestors(code));
            Collections.reverse(rootFirst);
            assertEquals(taxonomy.ancestorsAndSelf(code), rootFirst, code);
            for (String language : tree.labels(code).keySet()) {
                assertEquals(taxonomy.label(code, language), tree.labels(code).get(language), code + " in " + language);
            }
            assertEquals(taxonomy.label(code, "en"), tree.labels(code).get("en"), code);
        }
    }

    private static int count(List<SkillNode> nodes) {
        return nodes.stream().mapToInt(node -> 1 + count(node.children())).sum();
    }
}
