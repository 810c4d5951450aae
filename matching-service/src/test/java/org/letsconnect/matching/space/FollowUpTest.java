package org.letsconnect.matching.space;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.AttendanceRecorded;
import org.letsconnect.contracts.clinic.AttendanceRetracted;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.contracts.clinic.SpaceTransitioned;
import org.letsconnect.matching.Participants;
import org.letsconnect.matching.Participants.Profile;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** After a Clinic, an attendee asks one of its sharers for a 1:1 follow-up; clinic-service counts it from the event. */
@QuarkusTest
@WithTestInfrastructure
class FollowUpTest {

    private static final String SKILL = "Q54871";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @InjectInfrastructure
    EventProbe events;
    @Inject
    CandidateIndex index;

    @Test
    void anAttendeeOfACompletedClinicAsksItsSharerForAFollowUp() {
        Participants participants = new Participants(events, index);
        Profile sharer = Participants.person("clinic-sharer").shares(SKILL).capacity(3);
        Profile attendee = Participants.person("attendee").learns(SKILL);
        Profile absent = Participants.person("absent").learns(SKILL);
        participants.registerAll(List.of(sharer, attendee, absent));
        String spaceId = UUID.randomUUID().toString();
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        events.publish(EventType.SPACE_CREATED, space(spaceId, start, SpaceStates.LIVE, sharer));
        events.publish(EventType.ATTENDANCE_RECORDED, new AttendanceRecorded(spaceId, attendee.participantId, null,
                120, true, start, start.plus(2, ChronoUnit.HOURS)));

        // before the space is completed, no follow-up
        await().atMost(WAIT).untilAsserted(() -> followUp(attendee, sharer, spaceId).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("spaceId")));

        events.publish(EventType.SPACE_TRANSITIONED, new SpaceTransitioned(spaceId, SpaceStates.LIVE,
                SpaceStates.COMPLETED, 0, null, Instant.now()));
        String id = await().atMost(WAIT).until(() -> followUp(attendee, sharer, spaceId).extract(),
                response -> response.statusCode() == 201).path("id");
        given().auth().oauth2(Participants.token(sharer)).get("/api/v1/connections/{id}", id).then().statusCode(200)
                .body("origin", equalTo("follow-up")).body("spaceId", equalTo(spaceId))
                .body("state", equalTo("requested"));
        JsonNode requested = events.awaitEvent(EventType.CONNECTION_REQUESTED, id, WAIT);
        assertEquals(spaceId, requested.at("/data/spaceId").asText());

        // someone who did not attend, and a request without a sharer, are refused
        followUp(absent, sharer, spaceId).statusCode(400).body("errors.field", hasItem("spaceId"));
        given().auth().oauth2(Participants.token(absent)).header("Accept-Language", "fr")
                .contentType(ContentType.JSON).body(Map.of("skill", SKILL, "spaceId", spaceId))
                .post("/api/v1/connections").then().statusCode(400).body("errors.field", hasItem("sharerId"))
                .body("errors.find { it.field == 'sharerId' }.message", equalTo(
                        "Un suivi après un espace d’apprentissage se demande à l’une des personnes qui l’ont animé : "
                                + "indiquez-la."));
    }

    @Test
    void anAttendeeWhoseAttendanceWasRetractedNoLongerAsksForAFollowUp() {
        Participants participants = new Participants(events, index);
        Profile sharer = Participants.person("clinic-sharer").shares(SKILL).capacity(3);
        Profile host = Participants.person("host").learns(SKILL);
        Profile attendee = Participants.person("attendee").learns(SKILL);
        participants.registerAll(List.of(sharer, host, attendee));
        String spaceId = UUID.randomUUID().toString();
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        events.publish(EventType.SPACE_CREATED, space(spaceId, start, SpaceStates.LIVE, sharer));
        for (Profile person : List.of(host, attendee)) {
            events.publish(EventType.ATTENDANCE_RECORDED, new AttendanceRecorded(spaceId, person.participantId, null,
                    120, true, start, start.plus(2, ChronoUnit.HOURS)));
        }
        // the host was never an attendee; a guest's retraction names no participant and changes nothing here
        events.publish(EventType.ATTENDANCE_RETRACTED, new AttendanceRetracted(spaceId, host.participantId, null,
                AttendanceRetracted.HOST, Instant.now()));
        events.publish(EventType.ATTENDANCE_RETRACTED, new AttendanceRetracted(spaceId, null,
                UUID.randomUUID().toString(), AttendanceRetracted.REPORT_CORRECTED, Instant.now()));
        events.publish(EventType.SPACE_TRANSITIONED, new SpaceTransitioned(spaceId, SpaceStates.LIVE,
                SpaceStates.COMPLETED, 0, null, Instant.now()));

        // one key, one partition: once the attendee may follow up, every earlier event of the space was applied
        await().atMost(WAIT).until(() -> followUp(attendee, sharer, spaceId).extract().statusCode() == 201);
        followUp(host, sharer, spaceId).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("spaceId"));
    }

    private static ValidatableResponse followUp(Profile learner, Profile sharer, String spaceId) {
        return given().auth().oauth2(Participants.token(learner)).contentType(ContentType.JSON)
                .body(Map.of("sharerId", sharer.participantId, "skill", SKILL, "spaceId", spaceId,
                        "message", "Could we go through the queries again?"))
                .post("/api/v1/connections").then();
    }

    private static SpaceSummary space(String spaceId, Instant start, String state, Profile sharer) {
        return new SpaceSummary(spaceId, SpaceSummary.LEARNING_CLINIC, Map.of("en", "SPARQL clinic"),
                Map.of("en", "Queries"), List.of(SKILL), "en", List.of(), null, start,
                start.plus(2, ChronoUnit.HOURS), "Africa/Lagos", 45, List.of(sharer.participantId), List.of(), null,
                state);
    }
}
