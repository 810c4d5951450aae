package org.letsconnect.registry.skill;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of {@code GET /api/v1/skills}: the whole taxonomy as a tree in one language.
 *
 * @param version the version of the taxonomy data file; skill codes are stable across versions unless a
 *        provisional code is reconciled
 * @param language the Wikimedia code of the language the answer was negotiated to ({@code pt} for
 *        {@code Accept-Language: pt-BR})
 * @param skills the seven root categories with their narrower skills
 */
@Schema(name = "SkillTree", description = "The skills taxonomy as a tree, texts in one language")
public record SkillTree(
        @Schema(description = "Version of the taxonomy", examples = "1.0.0") String version,
        @Schema(description = "Wikimedia code of the answer's language", examples = "es") String language,
        List<SkillNode> skills) {
}
