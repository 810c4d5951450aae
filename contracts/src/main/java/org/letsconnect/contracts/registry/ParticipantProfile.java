package org.letsconnect.contracts.registry;

import java.time.Instant;
import java.util.List;

/**
 * A participant's whole public profile: the data of {@code participant.registered.v1} and
 * {@code participant.updated.v1} (event-carried state transfer). Never carries contact data.
 *
 * @param participantId the participant's id (UUID); also the Kafka record key
 * @param subject the Wikimedia central user id (the profile's {@code sub})
 * @param username the Wikimedia username
 * @param displayName the name shown in the directory
 * @param pronouns optional, free text
 * @param region one of {@link Regions#ALL}
 * @param country ISO 3166-1 alpha-2, upper case
 * @param timeZone IANA zone id
 * @param languages spoken languages with a level each
 * @param affiliations affiliates or user groups
 * @param movementRole one of {@link MovementRoles#ALL}
 * @param joinedYear the year the person joined the movement, nullable
 * @param projects Wikimedia projects the person contributes to (e.g. "wikidata", "pt.wikipedia")
 * @param bio a short bio, nullable
 * @param skillsToLearn taxonomy codes (Wikidata item ids, {@code Q…})
 * @param skillsToShare taxonomy codes (Wikidata item ids, {@code Q…})
 * @param availableForConnections whether the person accepts 1:1 connections
 * @param maxConnections how many 1:1 connections at once (0 when not available)
 * @param visibility {@code public} (directory, partners) or {@code members} (signed-in users only)
 * @param notificationLanguage Wikimedia language code for notifications
 * @param badges badges shown on the profile
 * @param registeredAt when the profile was created
 * @param updatedAt when the profile last changed
 */
public record ParticipantProfile(String participantId, String subject, String username, String displayName,
        String pronouns, String region, String country, String timeZone, List<LanguageSkill> languages,
        List<String> affiliations, String movementRole, Integer joinedYear, List<String> projects, String bio,
        List<String> skillsToLearn, List<String> skillsToShare, boolean availableForConnections,
        int maxConnections, String visibility, String notificationLanguage, List<ProfileBadge> badges,
        Instant registeredAt, Instant updatedAt) {

    public static final String VISIBILITY_PUBLIC = "public";
    public static final String VISIBILITY_MEMBERS = "members";
}
