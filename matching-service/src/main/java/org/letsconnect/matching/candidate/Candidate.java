package org.letsconnect.matching.candidate;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantProfile;

/**
 * What matching knows of one participant, kept in memory by {@link CandidateIndex}: the part of the public profile
 * that suggestions, connections and rounds use. Immutable; a newer profile replaces it whole.
 *
 * @param participantId the registry's participant id (UUID)
 * @param subject the Wikimedia central user id, as callers are known
 * @param username the Wikimedia username
 * @param displayName the name shown in the directory
 * @param region one of {@link org.letsconnect.contracts.registry.Regions#ALL}, nullable
 * @param country ISO 3166-1 alpha-2, nullable
 * @param timeZone IANA zone id, nullable
 * @param languages spoken languages with a level each
 * @param skillsToShare taxonomy codes the person can share
 * @param skillsToLearn taxonomy codes the person wants to learn
 * @param affiliations affiliates or user groups the person belongs to
 * @param available whether the person accepts 1:1 connections
 * @param maxConnections how many 1:1 connections at once (0 when not available)
 * @param visibility {@code public} or {@code members}
 * @param updatedAt when the profile last changed (a replayed older profile never replaces a newer one)
 */
public record Candidate(String participantId, String subject, String username, String displayName, String region,
        String country, String timeZone, List<LanguageSkill> languages, Set<String> skillsToShare,
        Set<String> skillsToLearn, List<String> affiliations, boolean available, int maxConnections, String visibility,
        Instant updatedAt) {

    public Candidate {
        languages = languages == null ? List.of() : List.copyOf(languages);
        skillsToShare = skillsToShare == null ? Set.of() : Set.copyOf(skillsToShare);
        skillsToLearn = skillsToLearn == null ? Set.of() : Set.copyOf(skillsToLearn);
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    }

    public static Candidate of(ParticipantProfile profile) {
        return new Candidate(profile.participantId(), profile.subject(), profile.username(), profile.displayName(),
                profile.region(), profile.country(), profile.timeZone(), profile.languages(),
                profile.skillsToShare() == null ? Set.of() : Set.copyOf(profile.skillsToShare()),
                profile.skillsToLearn() == null ? Set.of() : Set.copyOf(profile.skillsToLearn()),
                profile.affiliations(), profile.availableForConnections(), profile.maxConnections(),
                profile.visibility(), profile.updatedAt());
    }

    /** Whether the person takes new 1:1 requests at all (their own profile's say; load is matching's). */
    public boolean sharesConnections() {
        return available && maxConnections > 0;
    }
}
