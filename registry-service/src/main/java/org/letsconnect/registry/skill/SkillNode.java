package org.letsconnect.registry.skill;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A skill in the tree that {@code GET /api/v1/skills} answers, with its texts in one language.
 *
 * @param code the Wikidata item id identifying the skill, the code to store on a profile
 * @param label the name in the requested language, or in the first language of its fallback chain that has one
 * @param description one sentence about the skill, chosen the same way
 * @param language the Wikimedia language code the label is written in (differs from the answer's language when
 *        the label fell back, e.g. {@code en}); for {@code lang} attributes
 * @param level 1 for a root category, 2 or 3 below it
 * @param category the key of the root category ({@code organizational}, {@code communication}, {@code learning},
 *        {@code community}, {@code social}, {@code strategic}, {@code technology})
 * @param aliases other names to match when people type a search (the label language's, then its fallbacks')
 * @param children the narrower skills, in the taxonomy's order
 */
@Schema(name = "SkillNode", description = "A skill of the taxonomy with its narrower skills, texts in one language")
public record SkillNode(
        @Schema(description = "Wikidata item id of the skill", examples = "Q2013") String code,
        @Schema(description = "Name in the answer's language (or the first fallback that has one)") String label,
        String description,
        @Schema(description = "Wikimedia language code the label is written in", examples = "es") String language,
        @Schema(description = "1 for a root category, at most 3") int level,
        @Schema(description = "Key of the root category", examples = "technology") String category,
        @Schema(description = "Other names to match in a search") List<String> aliases,
        List<SkillNode> children) {
}
