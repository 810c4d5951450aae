package org.letsconnect.clinic.feedback;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An answer: how useful the session was (1 not useful to 5 very useful) and what the person wants more of, in
 * their own words ({@code wantMoreOf}) and/or as skill codes ({@code wantMoreOfSkills}, Wikidata items).
 * {@code anonymous} hides who answered from everyone, organizers included.
 */
public record FeedbackRequest(
        @NotNull @Min(1) @Max(5) Integer usefulness,
        @Size(max = 2000) String wantMoreOf,
        @Size(max = 20) List<@NotBlank String> wantMoreOfSkills,
        @Size(max = 2000) String comment,
        boolean anonymous) {

    public List<String> wantMoreOfSkillsOrEmpty() {
        return wantMoreOfSkills == null ? List.of() : wantMoreOfSkills;
    }
}
