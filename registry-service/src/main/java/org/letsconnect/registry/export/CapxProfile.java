package org.letsconnect.registry.export;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A profile in the shape of CapX's {@code ProfileSerializer} (Django app {@code users} of
 * wikimediabrasil/capx-backend: {@code Profile}, {@code CustomUser}, {@code LanguageProficiency}), for the migration
 * of the skills directory to CapX. CapX refers to its reference data by its own database ids; where we cannot know
 * them we give the natural key CapX keeps beside each id, for CapX's importer to look up. See {@link CapxMapper} for
 * the field-by-field mapping.
 *
 * @param user CapX's {@code CustomUser}: {@code username}; {@code email} for organizers only
 * @param displayName {@code display_name}
 * @param pronoun one of CapX's choices: {@code he-him}, {@code she-her}, {@code they-them}, {@code other}; absent
 *        when the profile has none ({@code letsconnect.pronouns} keeps the text)
 * @param about the bio; empty when there is none (CapX's default)
 * @param territory {@code Territory.territory_acronym}s: the country, ISO 3166-1 alpha-2 in lower case
 * @param language {@code LanguageProficiency} entries by {@code Language.language_code}
 * @param affiliation {@code Organization} names
 * @param wikimediaProject {@code WikimediaProject} codes as profiles keep them ({@code wikidata}, {@code ha.wikipedia})
 * @param skillsKnown {@code Skill.skill_wikidata_item}s: the skills the person can share
 * @param skillsAvailable {@code Skill.skill_wikidata_item}s: the same, the person being available to share them
 * @param skillsWanted {@code Skill.skill_wikidata_item}s: the skills to learn
 * @param lastUpdate {@code last_update}
 * @param letsconnect what CapX's profile has no field for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapxProfile(
        User user,
        @JsonProperty("display_name") String displayName,
        String pronoun,
        String about,
        List<String> territory,
        List<Language> language,
        List<String> affiliation,
        @JsonProperty("wikimedia_project") List<String> wikimediaProject,
        @JsonProperty("skills_known") List<String> skillsKnown,
        @JsonProperty("skills_available") List<String> skillsAvailable,
        @JsonProperty("skills_wanted") List<String> skillsWanted,
        @JsonProperty("last_update") Instant lastUpdate,
        LetsConnect letsconnect) {

    /** CapX's {@code CustomUser}, as its {@code UserSerializer} nests it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record User(String username, String email) {
    }

    /**
     * A {@code LanguageProficiency}: CapX's proficiency is {@code 1} basic, {@code 2} intermediate, {@code 3}
     * advanced, {@code 4} near-native, {@code 5} professional, {@code n} native.
     */
    public record Language(@JsonProperty("language_code") String languageCode, String proficiency) {
    }

    /** Let's Connect's own fields, which CapX's profile does not have. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LetsConnect(
            @JsonProperty("participant_id") String participantId,
            @JsonProperty("central_user_id") String centralUserId,
            String pronouns,
            String region,
            String country,
            @JsonProperty("time_zone") String timeZone,
            @JsonProperty("movement_role") String movementRole,
            @JsonProperty("joined_year") Integer joinedYear,
            @JsonProperty("available_for_connections") boolean availableForConnections,
            @JsonProperty("max_connections") int maxConnections,
            String visibility,
            @JsonProperty("notification_language") String notificationLanguage,
            @JsonProperty("registered_at") Instant registeredAt) {
    }
}
