package org.letsconnect.matching;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;

/**
 * Participants as registry-service announces them on {@code registry.participants.v1}: tests build a profile, publish
 * it and wait until matching's candidate index holds it, the way a real profile reaches the service.
 */
public final class Participants {

    private final EventProbe events;
    private final CandidateIndex index;

    public Participants(EventProbe events, CandidateIndex index) {
        this.events = events;
        this.index = index;
    }

    /** A new person with a unique username starting with {@code name} (their token: {@link #token}). */
    public static Profile person(String name) {
        return new Profile(name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Publishes the profile and waits until the index has this version of it. */
    public ParticipantProfile register(Profile person) {
        return registerAll(List.of(person)).get(0);
    }

    /** Publishes every profile, then waits until the index has this version of each (in any order: 3 partitions). */
    public List<ParticipantProfile> registerAll(List<Profile> people) {
        List<ParticipantProfile> profiles = new ArrayList<>(people.size());
        for (Profile person : people) {
            ParticipantProfile profile = person.profile();
            events.publish(person.published ? EventType.PARTICIPANT_UPDATED : EventType.PARTICIPANT_REGISTERED,
                    profile);
            person.published = true;
            profiles.add(profile);
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> profiles.stream().allMatch(profile -> index.byId(profile.participantId())
                        .filter(known -> known.updatedAt().equals(profile.updatedAt())).isPresent()));
        return profiles;
    }

    /**
     * Erases the people as registry-service does (the erased event, then the tombstone) and waits until the index holds
     * none of them.
     */
    public void eraseAll(List<ParticipantProfile> profiles) {
        for (ParticipantProfile profile : profiles) {
            events.publish(EventType.PARTICIPANT_ERASED,
                    new ParticipantErased(profile.participantId(), profile.subject(), Instant.now()));
            events.publishTombstone(EventType.PARTICIPANT_ERASED, profile.participantId());
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> profiles.stream().allMatch(profile -> index.byId(profile.participantId()).isEmpty()));
    }

    /** A token for the person, with the given programme roles besides participant (which every signed-in person has). */
    public static String token(Profile person, String... roles) {
        return DevIssuer.shared().token(person.username, roles);
    }

    /** A profile under construction; every setter answers the builder. */
    public static final class Profile {
        public final String participantId = UUID.randomUUID().toString();
        public final String username;
        String displayName;
        String region = "sub-saharan-africa";
        String country = "NG";
        String timeZone = "Africa/Lagos";
        List<LanguageSkill> languages = new ArrayList<>(List.of(new LanguageSkill("en", LanguageSkill.ADVANCED)));
        List<String> affiliations = new ArrayList<>();
        List<String> learns = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        boolean available = true;
        int maxConnections = 2;
        String visibility = ParticipantProfile.VISIBILITY_PUBLIC;
        Instant registeredAt = Instant.now();
        Instant updatedAt = registeredAt;
        boolean published;

        Profile(String username) {
            this.username = username;
        }

        public String subject() {
            return DevIssuer.subjectFor(username);
        }

        /** The name shown in the directory (the username unless given). */
        public Profile displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        public Profile region(String region, String country) {
            this.region = region;
            this.country = country;
            return this;
        }

        public Profile timeZone(String timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        public Profile speaks(List<LanguageSkill> languages) {
            this.languages = new ArrayList<>(languages);
            return this;
        }

        /** Languages as {@code code:level} pairs, e.g. {@code "fr:native"}. */
        public Profile speaks(String... languages) {
            this.languages = new ArrayList<>();
            for (String language : languages) {
                String[] parts = language.split(":");
                this.languages.add(new LanguageSkill(parts[0], parts.length > 1 ? parts[1] : LanguageSkill.NATIVE));
            }
            return this;
        }

        public Profile learns(String... skills) {
            this.learns = new ArrayList<>(List.of(skills));
            return this;
        }

        public Profile shares(String... skills) {
            this.shares = new ArrayList<>(List.of(skills));
            return this;
        }

        public Profile affiliations(String... affiliations) {
            this.affiliations = new ArrayList<>(List.of(affiliations));
            return this;
        }

        /** Accepts 1:1 connections, this many at once (0: not available). */
        public Profile capacity(int maxConnections) {
            this.available = maxConnections > 0;
            this.maxConnections = maxConnections;
            return this;
        }

        public Profile visibility(String visibility) {
            this.visibility = visibility;
            return this;
        }

        /** The profile as it would be published now (a later call is a newer version). */
        public ParticipantProfile profile() {
            updatedAt = Instant.now().isAfter(updatedAt) ? Instant.now() : updatedAt.plusMillis(1);
            return new ParticipantProfile(participantId, subject(), username,
                    displayName == null ? username : displayName, null, region, country,
                    timeZone, List.copyOf(languages), List.copyOf(affiliations), "individual-editor", 2015, List.of(),
                    null, List.copyOf(learns), List.copyOf(shares), available, maxConnections, visibility, "en",
                    List.of(), registeredAt, updatedAt);
        }
    }
}
