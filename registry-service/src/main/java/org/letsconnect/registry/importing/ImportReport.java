package org.letsconnect.registry.importing;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did. {@code rows} counts the answers in the file (blank lines aside): each was created, updated,
 * unchanged or skipped. Reasons and warnings are in the caller's language; {@code codes}/{@code code} name them
 * stably for programs.
 */
@Schema(description = "What an import did: every answer of the file was created, updated, unchanged or skipped")
public record ImportReport(int rows, int created, int updated, int unchanged, List<Skipped> skipped,
        List<Warning> warnings) {

    /** An answer that was not imported, with every reason. */
    public record Skipped(
            @Schema(description = "Row in the spreadsheet; the header is row 1") int row,
            @Schema(description = "The username as the answer gives it; null when missing") String username,
            @Schema(description = "Why, in the caller's language") List<String> reasons,
            @Schema(description = "The same reasons as stable codes, e.g. username-not-found") List<String> codes) {
    }

    /** Something an imported answer said that was left out or guessed, e.g. a skill the taxonomy lacks. */
    public record Warning(
            @Schema(description = "Row in the spreadsheet; the header is row 1") int row,
            @Schema(description = "The profile field, e.g. skillsToLearn") String field,
            @Schema(description = "The answer's text at fault") String value,
            @Schema(description = "What happened, in the caller's language") String reason,
            @Schema(description = "The same as a stable code, e.g. skill-unknown") String code) {
    }
}
