package org.letsconnect.registry.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The OpenAPI examples show real answers: they must match what the taxonomy gives. */
class SkillExamplesTest {

    private final ObjectMapper json = new ObjectMapper();
    private final SkillTaxonomy taxonomy = SkillTaxonomy.fromResource(SkillTaxonomy.RESOURCE);

    @Test
    void theDetailExampleIsTheRealAnswer() throws Exception {
        assertEquals(json.readTree(SkillExamples.DETAIL), json.valueToTree(taxonomy.detail("Q54871", "fr").orElseThrow()));
    }

    @Test
    void theTreeExampleIsACutOfTheRealTree() throws Exception {
        JsonNode example = json.readTree(SkillExamples.TREE);
        JsonNode real = json.valueToTree(new SkillTree(taxonomy.version(), "es", taxonomy.tree("es")));
        assertEquals(real.path("version"), example.path("version"));
        assertEquals(real.path("language"), example.path("language"));
        assertCut(example.path("skills"), real.path("skills"));
    }

    /** Every example node is a real node with the same fields; its children are some of the real children. */
    private void assertCut(JsonNode exampleNodes, JsonNode realNodes) {
        assertTrue(exampleNodes.size() > 0);
        for (JsonNode node : exampleNodes) {
            JsonNode real = find(realNodes, node.path("code").asText());
            ObjectNode withoutChildren = node.deepCopy();
            withoutChildren.remove("children");
            ObjectNode realWithoutChildren = real.deepCopy();
            realWithoutChildren.remove("children");
            assertEquals(realWithoutChildren, withoutChildren);
            if (real.path("children").isEmpty()) {
                assertTrue(node.path("children").isEmpty());
            } else if (!node.path("children").isEmpty()) {
                assertCut(node.path("children"), real.path("children"));
            }
        }
    }

    private static JsonNode find(JsonNode nodes, String code) {
        for (Iterator<JsonNode> it = nodes.elements(); it.hasNext();) {
            JsonNode node = it.next();
            if (node.path("code").asText().equals(code)) {
                return node;
            }
        }
        throw new AssertionError(code + " is not in the real tree");
    }
}
