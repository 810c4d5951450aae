package org.letsconnect.clinic.badge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.RegistryEvents;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.AttendanceRetracted;
import org.letsconnect.contracts.clinic.BadgeWithdrawn;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Attending, sharing and coming back earn badges, each once, whatever is redelivered. */
@QuarkusTest
@WithTestInfrastructure
class BadgeAwardTest extends ClinicApiTest {

    @Inject
    Pool pool;

    private String participant;

    @BeforeEach
    void signIn() {
        participant = issuer.token("Participant " + UUID.randomUUID());
    }

    @Test
    void sharersOfACompletedSpaceEarnTheSharerBadgeOnce() throws Exception {
        ParticipantProfile sharer = RegistryEvents.register(events, "Sharer " + UUID.randomUUID(), "Sofia Rossi",
                "northern-western-europe", "IT", 2015, "it", "en");
        ParticipantProfile coSharer = RegistryEvents.register(events, "Sharer " + UUID.randomUUID(), "Priya Sharma",
                "south-asia", "IN", 2017, "hi", "en");
        Map<String, Object> body = SpaceRequests.clinic(2, 45);
        body.put("sharers", List.of(sharer.participantId(), coSharer.participantId()));
        String first = SpaceRequests.open(organizer, body);
        SpaceRequests.moveTo(organizer, first, "live", "completed");
        JsonNode award = awaitBadge(sharer.participantId(), "sharer");
        assertEquals(first, award.at("/data/spaceId").asText());
        awaitBadge(coSharer.participantId(), "sharer");

        body.put("sharers", List.of(sharer.participantId()));
        String second = SpaceRequests.open(organizer, body);
        SpaceRequests.moveTo(organizer, second, "live", "completed");
        SpaceRequests.moveTo(organizer, first, "archived");
        Thread.sleep(3000);
        assertEquals(1, badges(sharer.participantId(), "sharer").size(), "awarded once, never twice");

        given().auth().oauth2(participant).get("/api/v1/badges/{id}", sharer.participantId())
                .then().statusCode(200)
                .body("participantId", is(sharer.participantId()))
                .body("badges.code", contains("sharer"))
                .body("badges[0].spaceId", is(first));
    }

    @Test
    void attendanceEarnsTheAttendeeBadgeOnceAndThreeSpacesTheRegularBadge() throws Exception {
        String participantId = UUID.randomUUID().toString();
        String space1 = UUID.randomUUID().toString();
        String space2 = UUID.randomUUID().toString();
        String space3 = UUID.randomUUID().toString();

        String attended = events.publish(EventType.ATTENDANCE_RECORDED, attendance(space1, participantId, 95));
        JsonNode award = awaitBadge(participantId, "clinic-attendee");
        assertEquals(space1, award.at("/data/spaceId").asText());
        // the same event redelivered, a corrected report for the same space, a guest, and a visit too short to count
        events.publish(attended, EventType.ATTENDANCE_RECORDED, attendance(space1, participantId, 95));
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(space1, participantId, 110));
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(space2, null, 120));
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(space2, participantId, 10));
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(space3, participantId, 60));
        Thread.sleep(3000);
        assertEquals(1, badges(participantId, "clinic-attendee").size(), "awarded once, never twice");
        assertEquals(0, badges(participantId, "regular-3").size(), "two spaces count, the short visit does not");

        events.publish(EventType.ATTENDANCE_RECORDED, attendance(space2, participantId, 45));
        JsonNode regular = awaitBadge(participantId, "regular-3");
        assertEquals(space2, regular.at("/data/spaceId").asText());
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(space3, participantId, 61));
        Thread.sleep(2000);
        assertEquals(1, badges(participantId, "regular-3").size());
        assertEquals(0, badges(participantId, "regular-10").size());

        given().auth().oauth2(participant).get("/api/v1/badges/{id}", participantId)
                .then().statusCode(200).body("badges.code", contains("clinic-attendee", "regular-3"));
    }

    @Test
    void aRetractedAttendanceWithdrawsWhatTheRemainingSpacesNoLongerEarn() throws Exception {
        String participantId = UUID.randomUUID().toString();
        String space1 = UUID.randomUUID().toString();
        String space2 = UUID.randomUUID().toString();
        String space3 = UUID.randomUUID().toString();
        String space4 = UUID.randomUUID().toString();
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(space1, participantId, 95));
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(space2, participantId, 60));
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(space3, participantId, 45));
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(space4, participantId, 10));
        JsonNode regular = awaitBadge(participantId, "regular-3");
        JsonNode attendee = awaitBadge(participantId, "clinic-attendee");

        // a space never counted (too short), and a guest's retraction in a counted space, withdraw nothing
        String shortVisit = events.publish(EventType.ATTENDANCE_RETRACTED,
                retraction(space4, participantId, AttendanceRetracted.REPORT_CORRECTED));
        String guest = events.publish(EventType.ATTENDANCE_RETRACTED, new AttendanceRetracted(space1, null,
                UUID.randomUUID().toString(), AttendanceRetracted.CONFIRMATION_UNDONE, Instant.now()));
        awaitConsumed(shortVisit, guest);
        assertBadges(participantId, "clinic-attendee", "regular-3");
        assertEquals(List.of(), events.published(EventType.BADGE_WITHDRAWN, participantId), "nothing to announce");

        String retracted = events.publish(EventType.ATTENDANCE_RETRACTED,
                retraction(space2, participantId, AttendanceRetracted.HOST));
        awaitBadges(participantId, "clinic-attendee");
        assertWithdrawalOf(regular, awaitWithdrawals(participantId, "regular-3", 1).get(0));
        // redelivered, it changes nothing; a fourth space counted again makes three
        events.publish(retracted, EventType.ATTENDANCE_RETRACTED,
                retraction(space2, participantId, AttendanceRetracted.HOST));
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(space4, participantId, 50));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> badges(participantId, "regular-3").size() == 2);
        awaitBadges(participantId, "clinic-attendee", "regular-3");
        JsonNode regularAgain = badges(participantId, "regular-3").get(1);
        assertNotEquals(regular.at("/data/awardId"), regularAgain.at("/data/awardId"), "earned again: a new award");
        assertEquals(1, withdrawals(participantId, "regular-3").size(), "the redelivered retraction announces nothing");

        for (String space : List.of(space1, space3, space4)) {
            events.publish(EventType.ATTENDANCE_RETRACTED,
                    retraction(space, participantId, AttendanceRetracted.REPORT_CORRECTED));
        }
        awaitBadges(participantId);
        assertWithdrawalOf(regularAgain, awaitWithdrawals(participantId, "regular-3", 2).get(1));
        assertWithdrawalOf(attendee, awaitWithdrawals(participantId, "clinic-attendee", 1).get(0));
        // attending again earns the attendee badge anew: the tally counts what remains, not what once was
        events.publish(EventType.ATTENDANCE_RECORDED, attendance(space2, participantId, 70));
        awaitBadges(participantId, "clinic-attendee");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> badges(participantId, "clinic-attendee").size() == 2);
        assertEquals(1, withdrawals(participantId, "clinic-attendee").size());
    }

    @Test
    void anySignedInParticipantReadsBadgesButNobodyWithoutAToken() {
        given().auth().oauth2(participant).get("/api/v1/badges/{id}", UUID.randomUUID())
                .then().statusCode(200).body("badges", empty());
        given().get("/api/v1/badges/{id}", UUID.randomUUID()).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(issuer.tokenWithSubject("capx-client", null, "partner"))
                .get("/api/v1/badges/{id}", UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(participant).get("/api/v1/badges/not-an-id").then().statusCode(404);
    }

    private static AttendanceRecorded attendance(String spaceId, String participantId, int minutes) {
        Instant start = Instant.parse("2026-11-20T14:00:00Z");
        return new AttendanceRecorded(spaceId, participantId, null, minutes, minutes > 90, start,
                start.plus(Duration.ofMinutes(minutes)));
    }

    private static AttendanceRetracted retraction(String spaceId, String participantId, String reason) {
        return new AttendanceRetracted(spaceId, participantId, null, reason, Instant.now());
    }

    private void assertBadges(String participantId, String... codes) {
        given().auth().oauth2(participant).get("/api/v1/badges/{id}", participantId)
                .then().statusCode(200).body("badges.code", codes.length == 0 ? empty() : contains(codes));
    }

    private void awaitBadges(String participantId, String... codes) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertBadges(participantId, codes));
    }

    private JsonNode awaitBadge(String participantId, String badge) {
        return Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> badges(participantId, badge), list -> !list.isEmpty()).get(0);
    }

    /** The withdrawal names the award as it was announced, so that the registry removes exactly that one. */
    private static void assertWithdrawalOf(JsonNode award, JsonNode withdrawal) {
        for (String field : List.of("/data/awardId", "/data/participantId", "/data/badge", "/data/spaceId")) {
            assertEquals(award.at(field), withdrawal.at(field), field);
        }
        assertEquals(BadgeWithdrawn.ATTENDANCE_RETRACTED, withdrawal.at("/data/reason").asText());
    }

    private List<JsonNode> awaitWithdrawals(String participantId, String badge, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> withdrawals(participantId, badge), list -> list.size() >= count);
    }

    private List<JsonNode> withdrawals(String participantId, String badge) {
        return events.published(EventType.BADGE_WITHDRAWN, participantId).stream()
                .filter(event -> badge.equals(event.at("/data/badge").asText()))
                .toList();
    }

    private List<JsonNode> badges(String participantId, String badge) {
        return events.published(EventType.BADGE_AWARDED, participantId).stream()
                .filter(event -> badge.equals(event.at("/data/badge").asText()))
                .toList();
    }

    /**
     * Waits until the badge consumer has taken these events in: the inbox notes each event in the transaction of its
     * effect, so once noted, whatever it did (or did not do) is there to see.
     */
    private void awaitConsumed(String... eventIds) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pool
                .preparedQuery("select count(*) from inbox where event_id = any($1)")
                .execute(Tuple.tuple().addArrayOfString(eventIds)).await().indefinitely()
                .iterator().next().getLong(0) == eventIds.length);
    }
}
