package org.letsconnect.registry.participant;

import java.time.Instant;
import java.util.List;

import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ProfileBadge;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A profile as the API shows it. {@code subject} is the Wikimedia central user id (public on the wikis too);
 * {@code email} is present only for the participant themselves and for organizers; {@code badges} are the ones
 * clinic-service awarded, oldest first.
 */
public record ParticipantView(String id, String subject, String username, String displayName, String pronouns, String region,
        String country, String timeZone, List<LanguageSkill> languages, List<String> affiliations,
        String movementRole, Integer joinedYear, List<String> projects, String bio, List<String> skillsToLearn,
        List<String> skillsToShare, boolean availableForConnections, int maxConnections, String visibility,
        String notificationLanguage, List<ProfileBadge> badges, @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        Instant registeredAt, Instant updatedAt) {

    static ParticipantView of(Participant p, boolean withContact) {
        return new ParticipantView(p.id.toString(), p.subject, p.username, p.displayName, p.pronouns, p.region, p.country,
                p.timeZone, List.copyOf(p.languages), List.copyOf(p.affiliations), p.movementRole, p.joinedYear,
                List.copyOf(p.projects), p.bio, List.copyOf(p.skillsToLearn), List.copyOf(p.skillsToShare),
                p.availableForConnections, p.maxConnections, p.visibility, p.notificationLanguage,
                List.copyOf(p.badges), withContact ? p.email : null, p.registeredAt, p.updatedAt);
    }
}
