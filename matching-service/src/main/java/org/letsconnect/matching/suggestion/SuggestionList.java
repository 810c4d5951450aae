package org.letsconnect.matching.suggestion;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of {@code GET /api/v1/suggestions}.
 *
 * @param skill the skill asked for, or null when the suggestions cover all the caller's skills to learn
 * @param language the language the texts are in (a Wikimedia code)
 * @param suggestions best first
 */
@Schema(name = "SuggestionList")
public record SuggestionList(String skill, String language, List<SuggestionView> suggestions) {
}
