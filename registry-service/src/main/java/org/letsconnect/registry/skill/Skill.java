package org.letsconnect.registry.skill;

import java.util.List;
import java.util.Map;

/**
 * One entry of the skills taxonomy, as the data file has it.
 *
 * @param code the Wikidata item id that identifies the skill ({@code Q2013}); the code stored on profiles
 * @param parent the code of the broader skill, or {@code null} for one of the seven root categories
 * @param level 1 for a root category, 2 or 3 below it
 * @param labels the name of the skill per Wikimedia language code ({@code en}, {@code pt-br} …)
 * @param descriptions one sentence per Wikimedia language code
 * @param aliases other names people search for, per language ({@code en: ["SPARQL", "WDQS"]}); may be empty
 * @param category the key of the root category the skill belongs to ({@code technology} …)
 * @param provisional whether the Wikidata id could not be verified yet and may still change (to be reconciled
 *        with CapX)
 */
public record Skill(String code, String parent, int level, Map<String, String> labels,
        Map<String, String> descriptions, Map<String, List<String>> aliases, String category, boolean provisional) {

    public Skill {
        labels = Map.copyOf(labels);
        descriptions = Map.copyOf(descriptions);
        aliases = Map.copyOf(aliases);
    }

    /** Whether this is one of the root categories. */
    public boolean isRoot() {
        return parent == null;
    }
}
