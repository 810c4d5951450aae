package org.letsconnect.clinic.space;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A space as organizers plan it. Times are ISO 8601 with an offset ({@code 2026-12-10T14:00:00Z} or
 * {@code 2026-12-10T15:00:00+01:00}), taken as text so that a time without one is refused by name rather than
 * guessed; {@code timeZone} is the IANA zone the session is planned in (shown to readers in their own zone).
 */
public record SpaceRequest(
        @NotBlank String format,
        @NotEmpty @Size(max = 30) Map<String, @NotBlank @Size(max = 200) String> titles,
        @Size(max = 30) Map<String, @NotBlank @Size(max = 5000) String> descriptions,
        @Size(max = 20) List<@NotBlank String> skills,
        @NotBlank String sessionLanguage,
        @Size(max = 20) List<@NotBlank String> interpretationLanguages,
        String regionFocus,
        @NotBlank String startsAt,
        @NotBlank String endsAt,
        @NotBlank String timeZone,
        @NotNull Integer capacity,
        @Size(max = 20) List<@NotBlank String> sharers,
        @Size(max = 20) List<@NotBlank String> liaisons,
        @Size(max = 500) String meetingLink,
        String seriesId) {

    public Map<String, String> descriptionsOrEmpty() {
        return descriptions == null ? Map.of() : descriptions;
    }

    public List<String> skillsOrEmpty() {
        return skills == null ? List.of() : skills;
    }

    public List<String> interpretationLanguagesOrEmpty() {
        return interpretationLanguages == null ? List.of() : interpretationLanguages;
    }

    public List<String> sharersOrEmpty() {
        return sharers == null ? List.of() : sharers;
    }

    public List<String> liaisonsOrEmpty() {
        return liaisons == null ? List.of() : liaisons;
    }
}
