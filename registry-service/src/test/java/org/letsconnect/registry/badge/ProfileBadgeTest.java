package org.letsconnect.registry.badge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Topics;
import org.letsconnect.contracts.clinic.BadgeAwarded;
import org.letsconnect.contracts.clinic.BadgeWithdrawn;
import org.letsconnect.registry.participant.SampleProfiles;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Badges clinic-service awards show on profiles and travel with every profile event. */
@QuarkusTest
@WithTestInfrastructure
class ProfileBadgeTest {

    @InjectInfrastructure
    DevIssuer issuer;
    @InjectInfrastructure
    EventProbe events;

    @Test
    void anAwardShowsOnTheProfileOnceAndIsPublishedWithIt() {
        String token = issuer.token("Kwame " + UUID.randomUUID());
        Map<String, Object> profile = SampleProfiles.complete("Kwame Mensah");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(profile).put("/api/v1/me")
                .then().statusCode(201).body("badges", empty()).extract().path("id");

        String spaceId = UUID.randomUUID().toString();
        Instant awardedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        BadgeAwarded award = new BadgeAwarded(UUID.randomUUID().toString(), id, "clinic-attendee", spaceId, awardedAt);
        String eventId = events.publish(EventType.BADGE_AWARDED, award);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(issuer.token("Reader " + UUID.randomUUID()))
                        .get("/api/v1/participants/{id}", id)
                        .then().statusCode(200)
                        .body("badges.code", contains("clinic-attendee"))
                        .body("badges[0].spaceId", is(spaceId))
                        .body("badges[0].awardedAt", is(awardedAt.toString())));

        // redelivered, then the same award again under a new event id: still one badge, one profile event
        events.publish(eventId, EventType.BADGE_AWARDED, award);
        events.publish(EventType.BADGE_AWARDED, award);
        events.publish(EventType.BADGE_AWARDED,
                new BadgeAwarded(UUID.randomUUID().toString(), id, "regular-3", null, awardedAt.plusSeconds(60)));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                        .body("badges.code", contains("clinic-attendee", "regular-3")));
        List<JsonNode> updates = events.published(EventType.PARTICIPANT_UPDATED, id);
        assertEquals(2, updates.size(), "one participant.updated.v1 per badge");
        assertEquals(List.of("clinic-attendee", "regular-3"),
                codes(updates.get(1).at("/data/badges")));

        // the badges stay part of the profile when its owner changes it
        profile.put("bio", "Now with badges");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(profile).put("/api/v1/me")
                .then().statusCode(200).body("badges.code", contains("clinic-attendee", "regular-3"));
        List<JsonNode> afterEdit = events.awaitEvents(EventType.PARTICIPANT_UPDATED, id, 3, Duration.ofSeconds(30));
        assertEquals(List.of("clinic-attendee", "regular-3"), codes(afterEdit.get(2).at("/data/badges")));
    }

    @Test
    void aWithdrawnAwardLeavesTheProfileAndTheBadgeEarnedAgainElsewhereShows() {
        String token = issuer.token("Amina " + UUID.randomUUID());
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(SampleProfiles.complete("Amina Yusuf")).put("/api/v1/me")
                .then().statusCode(201).extract().path("id");
        String space1 = UUID.randomUUID().toString();
        String space2 = UUID.randomUUID().toString();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        BadgeAwarded attendee = new BadgeAwarded(UUID.randomUUID().toString(), id, "clinic-attendee", space1, at);
        BadgeAwarded regular = new BadgeAwarded(UUID.randomUUID().toString(), id, "regular-3", space1,
                at.plusSeconds(1));
        events.publish(EventType.BADGE_AWARDED, attendee);
        events.publish(EventType.BADGE_AWARDED, regular);
        awaitBadges(token, "clinic-attendee", "regular-3");

        String withdrawn = events.publish(EventType.BADGE_WITHDRAWN, withdrawal(regular, at.plusSeconds(2)));
        awaitBadges(token, "clinic-attendee");
        // redelivered, and announced again under a new event id: the profile does not show it, nothing changes
        events.publish(withdrawn, EventType.BADGE_WITHDRAWN, withdrawal(regular, at.plusSeconds(2)));
        events.publish(EventType.BADGE_WITHDRAWN, withdrawal(regular, at.plusSeconds(3)));

        // withdrawn in the first space, earned again in the second: a late copy of the first withdrawal keeps it
        events.publish(EventType.BADGE_WITHDRAWN, withdrawal(attendee, at.plusSeconds(4)));
        BadgeAwarded again = new BadgeAwarded(UUID.randomUUID().toString(), id, "clinic-attendee", space2,
                at.plusSeconds(5));
        events.publish(EventType.BADGE_AWARDED, again);
        events.publish(EventType.BADGE_WITHDRAWN, withdrawal(attendee, at.plusSeconds(6)));
        // one key, one partition: once this award shows, every event before it was consumed
        events.publish(EventType.BADGE_AWARDED,
                new BadgeAwarded(UUID.randomUUID().toString(), id, "sharer", space2, at.plusSeconds(7)));
        awaitBadges(token, "clinic-attendee", "sharer");
        given().auth().oauth2(issuer.token("Reader " + UUID.randomUUID()))
                .get("/api/v1/participants/{id}", id)
                .then().statusCode(200)
                .body("badges.code", contains("clinic-attendee", "sharer"))
                .body("badges[0].spaceId", is(space2))
                .body("badges[0].awardedAt", is(again.awardedAt().toString()));

        // partners reading participant.updated see each withdrawal, and only the changes
        List<JsonNode> updates = events.awaitEvents(EventType.PARTICIPANT_UPDATED, id, 6, Duration.ofSeconds(30));
        assertEquals(List.of(List.of("clinic-attendee"), List.of("clinic-attendee", "regular-3"),
                List.of("clinic-attendee"), List.of(), List.of("clinic-attendee"), List.of("clinic-attendee", "sharer")),
                updates.stream().map(update -> codes(update.at("/data/badges"))).toList());
    }

    @Test
    void anAwardForAnUnknownOrErasedParticipantIsSkipped() {
        String unknown = UUID.randomUUID().toString();
        BadgeAwarded unknownAward = new BadgeAwarded(UUID.randomUUID().toString(), unknown, "sharer", null,
                Instant.now());
        events.publish(EventType.BADGE_AWARDED, unknownAward);
        events.publish(EventType.BADGE_WITHDRAWN, withdrawal(unknownAward, Instant.now()));

        String token = issuer.token("Olena " + UUID.randomUUID());
        String erased = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(SampleProfiles.complete("Olena Shevchenko")).put("/api/v1/me")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).delete("/api/v1/me").then().statusCode(204);
        BadgeAwarded erasedAward = new BadgeAwarded(UUID.randomUUID().toString(), erased, "sharer", null,
                Instant.now());
        events.publish(EventType.BADGE_AWARDED, erasedAward);
        events.publish(EventType.BADGE_WITHDRAWN, withdrawal(erasedAward, Instant.now()));

        // a later award for a known participant is applied, so the two before it were consumed
        String other = issuer.token("Mei " + UUID.randomUUID());
        String known = given().auth().oauth2(other).contentType(ContentType.JSON)
                .body(SampleProfiles.complete("Mei Chen")).put("/api/v1/me")
                .then().statusCode(201).extract().path("id");
        events.publish(EventType.BADGE_AWARDED, new BadgeAwarded(UUID.randomUUID().toString(), known, "sharer", null,
                Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(other).get("/api/v1/me").then().statusCode(200)
                        .body("badges.code", contains("sharer")));
        assertTrue(events.published(Topics.REGISTRY_PARTICIPANTS, unknown).isEmpty(),
                "nothing is published for an unknown participant");
        assertTrue(events.published(EventType.PARTICIPANT_UPDATED, erased).isEmpty(),
                "an erased participant is not brought back");
        given().auth().oauth2(token).get("/api/v1/participants/{id}", erased).then().statusCode(404);
    }

    private void awaitBadges(String token, String... codes) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                        .body("badges.code", codes.length == 0 ? empty() : contains(codes)));
    }

    private static BadgeWithdrawn withdrawal(BadgeAwarded award, Instant at) {
        return new BadgeWithdrawn(award.awardId(), award.participantId(), award.badge(), award.spaceId(),
                BadgeWithdrawn.ATTENDANCE_RETRACTED, at);
    }

    private static List<String> codes(JsonNode badges) {
        return java.util.stream.StreamSupport.stream(badges.spliterator(), false)
                .map(badge -> badge.path("code").asText()).toList();
    }

}
