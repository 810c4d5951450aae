package org.letsconnect.clinic.space;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/** Planning, changing and moving learning spaces through their lifecycle, through the public API. */
@QuarkusTest
@WithTestInfrastructure
class SpaceResourceTest extends ClinicApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private String participant;

    @BeforeEach
    void signIn() {
        participant = issuer.token("Participant " + UUID.randomUUID());
    }

    @Inject
    MilestoneAnnouncer announcer;

    @Test
    void organizerPlansAClinicWithMilestonesCountedBackInItsZoneAndItIsAnnounced() throws Exception {
        Map<String, Object> body = SpaceRequests.clinic(60, 45);
        body.put("startsAt", "2027-03-05T23:30:00Z"); // already 6 March in Lagos (UTC+1)
        body.put("endsAt", "2027-03-06T01:30:00Z");
        String location = given().auth().oauth2(organizer).contentType(ContentType.JSON).body(body)
                .header("Accept-Language", "fr")
                .post("/api/v1/clinics")
                .then().statusCode(201)
                .body("state", is("proposed"))
                .body("title", is("Wikidata pour débutants"))
                .body("titleLanguage", is("fr"))
                .body("sequence", is(0))
                .body("placesLeft", is(45))
                .body("meetingLink", is("https://wikimedia.zoom.us/j/123456789"))
                .body("nextStates", contains("in-preparation", "cancelled"))
                .body("milestones.code", contains("brainstorm-call", "learning-outcomes", "content-review", "dry-run"))
                .body("milestones.find { it.code == 'brainstorm-call' }.dueOn", is("2027-01-23"))
                .body("milestones.find { it.code == 'dry-run' }.dueOn", is("2027-03-03"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        JsonNode created = events.awaitEvent(EventType.SPACE_CREATED, id, TIMEOUT);
        assertEquals("proposed", created.at("/data/state").asText());
        assertTrue(created.at("/data/meetingLink").isMissingNode(), "the meeting link is private");
    }

    @Test
    void onlyOrganizersPlanAndNobodyWithoutAToken() {
        Map<String, Object> body = SpaceRequests.clinic(30, 45);
        given().auth().oauth2(participant).contentType(ContentType.JSON).body(body).post("/api/v1/clinics")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/clinics")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void badTimesAndNumbersAreNamedInTheCallersLanguage() {
        Map<String, Object> body = SpaceRequests.clinic(30, 45);
        body.put("startsAt", "2027-02-11T14:00:00");
        body.put("endsAt", "2027-02-11T12:00:00Z");
        body.put("capacity", -1);
        body.put("timeZone", "Lagos");
        body.put("format", "webinar");
        body.put("titles", Map.of("xx-nonsense", "A"));
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(body).header("Accept-Language", "fr")
                .post("/api/v1/clinics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("startsAt"))
                .body("errors.field", hasItem("capacity"))
                .body("errors.field", hasItem("timeZone"))
                .body("errors.field", hasItem("format"))
                .body("errors.field", hasItem("titles.xx-nonsense"))
                .body("errors.find { it.field == 'startsAt' }.message", containsString("décalage"));

        Map<String, Object> backwards = SpaceRequests.clinic(30, 45);
        backwards.put("endsAt", Instant.parse((String) backwards.get("startsAt")).minusSeconds(60).toString());
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(backwards).post("/api/v1/clinics")
                .then().statusCode(400).body("errors.field", contains("endsAt"));
    }

    @Test
    void lifecycleRefusesWhatMakesNoSenseAndReschedulingRaisesTheSequence() throws Exception {
        String id = SpaceRequests.create(organizer, SpaceRequests.clinic(40, 45));
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("to", "live"))
                .header("Accept-Language", "es")
                .post("/api/v1/clinics/{id}/transitions", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("en preparación"))
                .body("detail", not(containsString("in-preparation")));
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("to", "sleeping"))
                .post("/api/v1/clinics/{id}/transitions", id)
                .then().statusCode(400).body("errors.field", contains("to"));
        given().auth().oauth2(participant).contentType(ContentType.JSON).body(Map.of("to", "in-preparation"))
                .post("/api/v1/clinics/{id}/transitions", id).then().statusCode(403);

        SpaceRequests.moveTo(organizer, id, "in-preparation", "open-for-registration");
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("to", "rescheduled"))
                .post("/api/v1/clinics/{id}/transitions", id)
                .then().statusCode(400).body("errors.field", hasItem("startsAt"));
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("to", "rescheduled", "startsAt", "2027-05-07T15:00:00+01:00",
                        "endsAt", "2027-05-07T17:00:00+01:00", "reason", "The sharer is travelling"))
                .post("/api/v1/clinics/{id}/transitions", id)
                .then().statusCode(200)
                .body("state", is("rescheduled"))
                .body("sequence", is(1))
                .body("startsAt", is("2027-05-07T14:00:00Z"))
                .body("milestones.find { it.code == 'dry-run' }.dueOn", is("2027-05-04"));
        JsonNode transitioned = transitionTo(id, "rescheduled");
        assertEquals(1, transitioned.at("/data/sequence").asInt());
        assertEquals("open-for-registration", transitioned.at("/data/from").asText());

        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("to", "cancelled", "reason", "Sharer ill"))
                .post("/api/v1/clinics/{id}/transitions", id)
                .then().statusCode(200).body("state", is("cancelled")).body("sequence", is(2))
                .body("nextStates", contains("archived"));
        Map<String, Object> later = SpaceRequests.clinic(50, 45);
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(later).put("/api/v1/clinics/{id}", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void participantsSeePublishedSpacesOnlyAndTheMeetingLinkNever() {
        String id = SpaceRequests.create(organizer, SpaceRequests.clinic(20, 45));
        given().auth().oauth2(participant).get("/api/v1/clinics/{id}", id).then().statusCode(404);
        given().auth().oauth2(participant).get("/api/v1/clinics?state=proposed").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        SpaceRequests.moveTo(organizer, id, "in-preparation", "open-for-registration");
        given().auth().oauth2(participant).get("/api/v1/clinics/{id}", id).then().statusCode(200)
                .body("meetingLink", nullValue())
                .body("milestones", nullValue())
                .body("state", is("open-for-registration"));
        given().auth().oauth2(participant).get("/api/v1/clinics?format=learning-clinic&language=fr&size=100")
                .then().statusCode(200).body("items.id", hasItem(id)).body("total", notNullValue());
        given().auth().oauth2(participant).get("/api/v1/clinics?language=sw&size=100")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(participant).get("/api/v1/clinics?region=atlantis&size=500")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("region", "size"));
        given().auth().oauth2(participant).get("/api/v1/clinics/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void sharersEditTheirSpacesContentOnlyAndTickMilestones() {
        String username = "Sharer " + UUID.randomUUID();
        ParticipantProfile sharer = RegistryEvents.register(events, username, "Amina Yusuf", "sub-saharan-africa", "NG", 2019,
                "ha", "en");
        String sharerToken = issuer.token(username);
        Map<String, Object> body = SpaceRequests.clinic(30, 45);
        body.put("sharers", List.of(sharer.participantId()));
        String id = SpaceRequests.create(organizer, body);

        body.put("titles", Map.of("en", "Wikidata for beginners", "ha", "Wikidata don masu farawa"));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(sharerToken).contentType(ContentType.JSON).body(body)
                        .put("/api/v1/clinics/{id}", id)
                        .then().statusCode(200).body("titles.ha", is("Wikidata don masu farawa")));
        given().auth().oauth2(sharerToken).get("/api/v1/clinics/{id}", id).then().statusCode(200)
                .body("meetingLink", notNullValue()).body("milestones", hasSize(4));

        body.put("capacity", 500);
        given().auth().oauth2(sharerToken).contentType(ContentType.JSON).body(body).put("/api/v1/clinics/{id}", id)
                .then().statusCode(403).contentType("application/problem+json");
        body.put("capacity", 45);
        given().auth().oauth2(participant).contentType(ContentType.JSON).body(body).put("/api/v1/clinics/{id}", id)
                .then().statusCode(404);

        given().auth().oauth2(sharerToken).post("/api/v1/clinics/{id}/milestones/brainstorm-call/done", id)
                .then().statusCode(200)
                .body("milestones.find { it.code == 'brainstorm-call' }.done", is(true));
        given().auth().oauth2(organizer).delete("/api/v1/clinics/{id}/milestones/brainstorm-call/done", id)
                .then().statusCode(200)
                .body("milestones.find { it.code == 'brainstorm-call' }.done", is(false));
        given().auth().oauth2(organizer).post("/api/v1/clinics/{id}/milestones/party/done", id).then().statusCode(404);
    }

    @Test
    void milestonesComingDueAndOverdueAreAnnouncedOnce() throws Throwable {
        // ten days ahead: brainstorm call (42 days before) and the others but the dry run are overdue already
        String id = SpaceRequests.create(organizer, SpaceRequests.clinic(10, 45));
        VertxContextSupport.subscribeAndAwait(announcer::announceDue);
        VertxContextSupport.subscribeAndAwait(announcer::announceDue);
        events.awaitEvents(EventType.MILESTONE_DUE, id, 3, TIMEOUT);
        Thread.sleep(2000);
        List<JsonNode> due = events.published(EventType.MILESTONE_DUE, id);
        assertEquals(3, due.size(), "brainstorm call, learning outcomes and content review, each once");
        for (JsonNode event : due) {
            assertTrue(event.at("/data/overdue").asBoolean());
        }
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Lagos"));
        assertTrue(due.stream().allMatch(e -> LocalDate.parse(e.at("/data/dueOn").asText()).isBefore(today)));
    }

    @Test
    void connectathonsRepeatOnTheFirstFridayOfEachMonthOnce() {
        Map<String, Object> body = SpaceRequests.clinic(30, 100);
        body.put("format", "connectathon");
        body.put("startsAt", "2027-01-01T15:00:00Z");
        body.put("endsAt", "2027-01-01T17:00:00Z");
        body.put("timeZone", "Europe/Paris");
        String id = SpaceRequests.create(organizer, body);
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}", id).then().body("milestones", hasSize(0));

        List<String> planned = given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("count", 3))
                .post("/api/v1/clinics/{id}/series", id)
                .then().statusCode(201)
                .body("startsAt", contains("2027-02-05T15:00:00Z", "2027-03-05T15:00:00Z", "2027-04-02T14:00:00Z"))
                .body("state", contains("proposed", "proposed", "proposed"))
                .extract().path("seriesId");
        String seriesId = given().auth().oauth2(organizer).get("/api/v1/clinics/{id}", id)
                .then().extract().path("seriesId");
        assertTrue(planned.stream().allMatch(seriesId::equals));

        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("count", 4))
                .post("/api/v1/clinics/{id}/series", id)
                .then().statusCode(201).body("startsAt", contains("2027-05-07T14:00:00Z"));
        given().auth().oauth2(organizer).get("/api/v1/clinics?series={s}", seriesId)
                .then().statusCode(200).body("total", is(5));
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(Map.of("count", 40))
                .post("/api/v1/clinics/{id}/series", id).then().statusCode(400);
        given().auth().oauth2(participant).contentType(ContentType.JSON).body(Map.of("count", 1))
                .post("/api/v1/clinics/{id}/series", id).then().statusCode(403);
    }

    private JsonNode transitionTo(String spaceId, String state) {
        return Awaitility.await().atMost(TIMEOUT).until(() -> events.published(EventType.SPACE_TRANSITIONED, spaceId)
                .stream().filter(e -> state.equals(e.at("/data/to").asText())).findFirst().orElse(null), e -> e != null);
    }
}
