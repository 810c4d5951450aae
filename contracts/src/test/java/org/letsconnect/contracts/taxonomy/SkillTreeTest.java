package org.letsconnect.contracts.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class SkillTreeTest {

    private static final String TECHNOLOGY = "Q11016";
    private static final String WIKIDATA = "Q2013";
    private static final String SPARQL = "Q54871";

    private final SkillTree tree = SkillTree.standard();

    @Test
    void theStandardTreeIsReadFromTheContractsClasspathOnce() {
        assertEquals("/org/letsconnect/contracts/taxonomy/skills-v1.json", SkillTree.RESOURCE);
        assertTrue(SkillTree.class.getResource(SkillTree.RESOURCE) != null);
        assertSame(tree, SkillTree.standard());
        assertEquals(84, tree.codes().size());
        assertTrue(tree.codes().stream().allMatch(code -> code.matches("^Q[1-9][0-9]*$")));
        assertThrows(UnsupportedOperationException.class, () -> tree.codes().add("Q1"));
    }

    @Test
    void knowsItsCodesExactly() {
        assertTrue(tree.contains(WIKIDATA));
        assertFalse(tree.contains("q2013"));
        assertFalse(tree.contains("Q999999999"));
        assertFalse(tree.contains(null));
    }

    @Test
    void parentIsTheNextBroaderSkill() {
        assertEquals(Optional.of(WIKIDATA), tree.parent(SPARQL));
        assertEquals(Optional.of(TECHNOLOGY), tree.parent(WIKIDATA));
        assertEquals(Optional.empty(), tree.parent(TECHNOLOGY), "a root category");
        assertEquals(Optional.empty(), tree.parent("Q999999999"));
        assertEquals(Optional.empty(), tree.parent(null));
    }

    @Test
    void selfAndAncestorsGoUpToTheRootCategory() {
        assertEquals(List.of(SPARQL, WIKIDATA, TECHNOLOGY), List.copyOf(tree.selfAndAncestors(SPARQL)));
        assertEquals(List.of(TECHNOLOGY), List.copyOf(tree.selfAndAncestors(TECHNOLOGY)));
        assertEquals(Set.of(), tree.selfAndAncestors("Q999999999"));
        assertEquals(Set.of(), tree.selfAndAncestors(null));
    }

    @Test
    void selfAndDescendantsComeDepthFirstInTheFilesOrder() {
        assertEquals(List.of(WIKIDATA, SPARQL, "Q1172480", "Q20084080", "Q54275340"),
                List.copyOf(tree.selfAndDescendants(WIKIDATA)));
        assertEquals(Set.of(SPARQL), tree.selfAndDescendants(SPARQL), "a leaf");
        Set<String> technology = tree.selfAndDescendants(TECHNOLOGY);
        assertEquals(TECHNOLOGY, technology.iterator().next());
        assertTrue(technology.containsAll(List.of(WIKIDATA, SPARQL, "Q565")));
        assertFalse(technology.contains("Q759524"), "another root category");
        assertEquals(Set.of(), tree.selfAndDescendants("Q999999999"));
        assertEquals(Set.of(), tree.selfAndDescendants(null));
    }

    @Test
    void everySkillHasItsLabelsByLanguageWithEnglishAlways() {
        assertEquals("Wikidata", tree.labels(WIKIDATA).get("en"));
        assertEquals("ويكي بيانات", tree.labels(WIKIDATA).get("ar"));
        assertTrue(tree.codes().stream().allMatch(code -> tree.labels(code).containsKey("en")));
        assertEquals(Map.of(), tree.labels("Q1"));
        assertEquals(Map.of(), tree.labels(null));
    }

    @Test
    void everyCodeIsBelowExactlyOneOfTheSevenRootsAtMostThreeLevelsDeep() {
        List<String> roots = tree.codes().stream().filter(code -> tree.parent(code).isEmpty()).toList();
        assertEquals(7, roots.size());
        int covered = 0;
        for (String root : roots) {
            covered += tree.selfAndDescendants(root).size();
        }
        assertEquals(tree.codes().size(), covered);
        for (String code : tree.codes()) {
            Set<String> up = tree.selfAndAncestors(code);
            assertTrue(up.size() <= 3, code);
            assertTrue(roots.contains(List.copyOf(up).get(up.size() - 1)), code);
            up.forEach(ancestor -> assertTrue(tree.selfAndDescendants(ancestor).contains(code), ancestor));
        }
    }

    @Test
    void anInconsistentHierarchyIsRefusedWithEveryProblemNamed() throws Exception {
        String json = """
                {"skills": [
                  {"code": "Q1", "parent": null},
                  {"code": "Q2", "parent": "Q3"},
                  {"code": "Q3", "parent": "Q2"},
                  {"code": "Q4", "parent": "Q404"},
                  {"code": "Q1", "parent": null},
                  {"code": "grant-writing", "parent": "Q1"}
                ]}""";
        String message = assertThrows(IllegalStateException.class,
                () -> SkillTree.read(new ObjectMapper().readTree(json), "test.json")).getMessage();
        assertTrue(message.contains("test.json"), message);
        assertTrue(message.contains("Q2: its parents form a cycle"), message);
        assertTrue(message.contains("Q4: parent Q404 is not in the taxonomy"), message);
        assertTrue(message.contains("Q1: the code appears more than once"), message);
        assertTrue(message.contains("\"grant-writing\" is not a Wikidata item id"), message);
        assertThrows(IllegalStateException.class,
                () -> SkillTree.read(new ObjectMapper().readTree("{\"skills\": []}"), "empty.json"));
        assertTrue(assertThrows(IllegalStateException.class, () -> SkillTree.fromResource("/no/such/file.json"))
                .getMessage().contains("not on the classpath"));
    }
}
