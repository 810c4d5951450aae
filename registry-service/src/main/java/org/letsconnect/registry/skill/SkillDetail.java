package org.letsconnect.registry.skill;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of {@code GET /api/v1/skills/{code}}: one skill with the path from its root category.
 *
 * @param code the Wikidata item id of the skill
 * @param label the name in the answer's language (or its first fallback that has one)
 * @param description one sentence about the skill
 * @param language the Wikimedia code the label is written in
 * @param level 1 for a root category, at most 3
 * @param category the key of the root category
 * @param provisional whether the Wikidata id is still to be reconciled with CapX and may change
 * @param aliases other names to match in a search
 * @param path the root category first, down to this skill (included)
 * @param children the narrower skills
 */
@Schema(name = "SkillDetail", description = "One skill of the taxonomy with its path from the root category")
public record SkillDetail(
        @Schema(examples = "Q54871") String code,
        String label,
        String description,
        @Schema(examples = "fr") String language,
        int level,
        @Schema(examples = "technology") String category,
        @Schema(description = "Whether the Wikidata id is provisional (to be reconciled with CapX)") boolean provisional,
        List<String> aliases,
        @Schema(description = "Root category first, ending with this skill") List<SkillRef> path,
        List<SkillRef> children) {

    /** A skill named in a path or a list of children. */
    @Schema(name = "SkillRef")
    public record SkillRef(@Schema(examples = "Q2013") String code, String label, String language) {
    }
}
