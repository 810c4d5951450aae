package org.letsconnect.registry.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.registry.participant.ProfileRequest;

/**
 * One answer of the form read into profile fields, before its username is looked up: what will become a
 * {@link ProfileRequest}, the reasons it cannot (if any), and the warnings about what was left out.
 */
final class Draft {

    /** A warning about one field of one answer. */
    record Warning(String field, String value, Reason reason) {
    }

    final int row;
    final Instant submittedAt;
    /** The username as cleaned for the lookup; null when the answer has none. */
    final String username;
    final List<Reason> problems = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();

    String displayName;
    String pronouns;
    String region;
    String country;
    String timeZone;
    final List<ProfileRequest.LanguageEntry> languages = new ArrayList<>();
    final List<String> affiliations = new ArrayList<>();
    String movementRole;
    Integer joinedYear;
    final List<String> projects = new ArrayList<>();
    String bio;
    final List<String> skillsToLearn = new ArrayList<>();
    final List<String> skillsToShare = new ArrayList<>();
    boolean availableForConnections;
    String email;

    Draft(int row, Instant submittedAt, String username) {
        this.row = row;
        this.submittedAt = submittedAt;
        this.username = username;
    }

    void warn(String field, String value, String code, Object... params) {
        warnings.add(new Warning(field, value, Reason.of(code, params)));
    }

    /**
     * The profile this answer asks for. Imported people never chose to be public, so they are visible to signed-in
     * members only; the email is kept as private contact data; the first language is the notification language.
     *
     * @param accountName the username as Meta-Wiki spells it, shown when the answer has no name
     */
    ProfileRequest request(String accountName) {
        return new ProfileRequest(displayName != null ? displayName : accountName, pronouns, region, country,
                timeZone, List.copyOf(languages), List.copyOf(affiliations), movementRole, joinedYear,
                List.copyOf(projects), bio, List.copyOf(skillsToLearn), List.copyOf(skillsToShare),
                availableForConnections, availableForConnections ? 1 : 0, ParticipantProfile.VISIBILITY_MEMBERS,
                email, null);
    }
}
