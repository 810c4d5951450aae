package org.letsconnect.registry.participant;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a participant says about themselves with {@code PUT /api/v1/me}. The username and the central user id
 * come from the token, never from here. Codes (region, country, zone, languages, skills…) are checked against
 * their reference lists by {@link ProfileValidator}.
 */
public record ProfileRequest(
        @NotBlank @Size(max = 100) String displayName,
        @Size(max = 40) String pronouns,
        @NotBlank String region,
        @NotBlank String country,
        @NotBlank String timeZone,
        @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull LanguageEntry> languages,
        @Size(max = 20) List<@NotBlank @Size(max = 120) String> affiliations,
        @NotBlank String movementRole,
        @Min(2001) Integer joinedYear,
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> projects,
        @Size(max = 1000) String bio,
        @Size(max = 50) List<@NotBlank String> skillsToLearn,
        @Size(max = 50) List<@NotBlank String> skillsToShare,
        boolean availableForConnections,
        @Min(0) @Max(10) int maxConnections,
        String visibility,
        @Email @Size(max = 254) String email,
        String notificationLanguage) {

    /** A language the participant speaks and how well. */
    public record LanguageEntry(@NotBlank @Size(max = 20) String code, @NotBlank String level) {
    }

    public List<String> affiliationsOrEmpty() {
        return affiliations == null ? List.of() : affiliations;
    }

    public List<String> projectsOrEmpty() {
        return projects == null ? List.of() : projects;
    }

    public List<String> skillsToLearnOrEmpty() {
        return skillsToLearn == null ? List.of() : skillsToLearn;
    }

    public List<String> skillsToShareOrEmpty() {
        return skillsToShare == null ? List.of() : skillsToShare;
    }
}
