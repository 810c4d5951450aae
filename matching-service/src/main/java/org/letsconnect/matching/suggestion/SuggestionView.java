package org.letsconnect.matching.suggestion;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One suggested sharer as the API shows it, in the caller's language.
 *
 * @param participantId the sharer's participant id (to request a connection with)
 * @param username the sharer's Wikimedia username
 * @param displayName the sharer's name in the directory
 * @param region the sharer's region code
 * @param languages the languages the sharer speaks, named in the caller's language
 * @param skill the caller's skill to learn this suggestion is for
 * @param sharedSkill the sharer's skill that matched it, and how ({@code exact}, {@code narrower}, {@code broader},
 *        {@code sibling})
 * @param score 0–1000, the sum of the reasons' points
 * @param reasons every component of the score
 */
@Schema(name = "Suggestion")
public record SuggestionView(String participantId, String username, String displayName, String region,
        List<LanguageView> languages, SkillView skill, SkillView sharedSkill, int score, List<ReasonView> reasons) {

    /** A language with its level. */
    @Schema(name = "SuggestionLanguage")
    public record LanguageView(String code, String level, String name) {
    }

    /** A skill code with its label; {@code relation} only on the shared skill. */
    @Schema(name = "SuggestionSkill")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SkillView(String code, String label, String relation) {
    }

    /** A reason: its stable code, its parameters (codes and numbers), its points and a sentence. */
    @Schema(name = "SuggestionReason")
    public record ReasonView(String code, Map<String, Object> params, int points, String text) {
    }
}
