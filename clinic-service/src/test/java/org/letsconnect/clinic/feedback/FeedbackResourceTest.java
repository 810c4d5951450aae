package org.letsconnect.clinic.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.Registrations;
import org.letsconnect.clinic.RegistryEvents;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Registrants rate a session once it has taken place, optionally anonymously; organizers and sharers read it. */
@QuarkusTest
@WithTestInfrastructure
class FeedbackResourceTest extends ClinicApiTest {

    @Test
    void registrantsAnswerOnceAfterTheSessionAndAnonymousAnswersNameNobody() throws Exception {
        Person sharer = person("Kwame Mensah");
        Person named = person("Amina Yusuf");
        Person hidden = person("Fatima Diallo");
        Person stranger = person("Olena Shevchenko");
        Map<String, Object> body = SpaceRequests.clinic(3, 45);
        body.put("sharers", List.of(sharer.profile.participantId()));
        String id = SpaceRequests.open(organizer, body);
        Registrations.register(id, named.profile.subject(), named.profile.participantId(), "Amina", "confirmed");
        Registrations.register(id, hidden.profile.subject(), hidden.profile.participantId(), "Fatima", "waitlisted");

        Map<String, Object> answer = Map.of("usefulness", 5, "wantMoreOf", "More SPARQL, please",
                "wantMoreOfSkills", List.of("Q54837", "Q2013"), "comment", "Thank you!", "anonymous", false);
        given().auth().oauth2(named.token).contentType(ContentType.JSON).body(answer).header("Accept-Language", "fr")
                .post("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("open-for-registration"));

        SpaceRequests.moveTo(organizer, id, "live");
        given().auth().oauth2(named.token).contentType(ContentType.JSON).body(answer)
                .post("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(201).body("usefulness", is(5)).body("anonymous", is(false));
        given().auth().oauth2(named.token).contentType(ContentType.JSON).body(Map.of("usefulness", 1))
                .post("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(409).contentType("application/problem+json");

        Map<String, Object> anonymous = Map.of("usefulness", 2, "wantMoreOfSkills", List.of("Q54837"),
                "comment", "Too fast for me", "anonymous", true);
        given().auth().oauth2(hidden.token).contentType(ContentType.JSON).body(anonymous)
                .post("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(201).body("anonymous", is(true));
        given().auth().oauth2(hidden.token).contentType(ContentType.JSON).body(anonymous)
                .post("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(409);

        given().auth().oauth2(stranger.token).contentType(ContentType.JSON).body(answer).header("Accept-Language", "fr")
                .post("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("qui y ont assisté"));
        given().contentType(ContentType.JSON).body(answer).post("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(401);

        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(200)
                .body("statistics.answers", is(2))
                .body("statistics.averageUsefulness", is(3.5f))
                .body("statistics.usefulness.5", is(1))
                .body("statistics.usefulness.2", is(1))
                .body("statistics.usefulness.1", is(0))
                .body("statistics.wantMoreOfSkills[0].skill", is("Q54837"))
                .body("statistics.wantMoreOfSkills[0].answers", is(2))
                .body("total", is(2))
                .body("items.anonymous", contains(false, true))
                .body("items[0].name", is("Amina Yusuf"))
                .body("items[0].participantId", is(named.profile.participantId()))
                .body("items[0].wantMoreOf", is("More SPARQL, please"))
                .body("items[1].name", nullValue())
                .body("items[1].participantId", nullValue())
                .body("items[1].submittedAt", nullValue())
                .body("items[1].comment", is("Too fast for me"));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(sharer.token).get("/api/v1/clinics/{id}/feedback?size=1", id)
                        .then().statusCode(200).body("items.anonymous", contains(false)).body("total", is(2)));
        given().auth().oauth2(named.token).get("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(issuer.tokenWithSubject("capx-client", null, "partner"))
                .get("/api/v1/clinics/{id}/feedback", id).then().statusCode(403);
        given().get("/api/v1/clinics/{id}/feedback", id).then().statusCode(401);

        List<JsonNode> submitted = events.awaitEvents(EventType.FEEDBACK_SUBMITTED, id, 2, Duration.ofSeconds(30));
        assertEquals(2, submitted.size());
        JsonNode namedEvent = submitted.stream().filter(e -> !e.at("/data/anonymous").asBoolean()).findFirst().orElseThrow();
        assertEquals(named.profile.participantId(), namedEvent.at("/data/participantId").asText());
        JsonNode anonymousEvent = submitted.stream().filter(e -> e.at("/data/anonymous").asBoolean()).findFirst().orElseThrow();
        assertTrue(
                anonymousEvent.at("/data/participantId").isNull() || anonymousEvent.at("/data/participantId").isMissingNode());
        assertEquals(2, anonymousEvent.at("/data/usefulness").asInt());
        assertFalse(anonymousEvent.toString().contains(hidden.profile.subject()), "the event names nobody");
    }

    @Test
    void attendeesWhoNeverRegisteredAnswerTooAndEarnTheirBadge() {
        String email = "ama." + UUID.randomUUID() + "@example.org";
        Person attendee = person("Ama Owusu");
        RegistryEvents.contact(events, attendee.profile, email);
        Map<String, Object> body = SpaceRequests.clinic(1, 45);
        body.put("startsAt", "2026-11-20T13:00:00Z");
        body.put("endsAt", "2026-11-20T15:00:00Z");
        String id = SpaceRequests.open(organizer, body);
        SpaceRequests.moveTo(organizer, id, "live");
        String report = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
                + "Ama O.," + email + ",11/20/2026 02:01:00 PM,11/20/2026 03:51:00 PM,110,No\n";

        // the report matches her by e-mail once the directory has her address
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(organizer).contentType("text/csv").body(report)
                        .queryParam("timeZone", "Africa/Lagos")
                        .post("/api/v1/clinics/{id}/attendance", id)
                        .then().statusCode(200).body("counts.matched", is(1)));
        given().auth().oauth2(attendee.token).contentType(ContentType.JSON)
                .body(Map.of("usefulness", 4, "anonymous", false))
                .post("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(201);
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/feedback", id).then().statusCode(200)
                .body("items[0].name", is("Ama Owusu"));

        JsonNode badge = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> events.published(EventType.BADGE_AWARDED, attendee.profile.participantId()).stream()
                        .filter(e -> e.at("/data/badge").asText().equals("clinic-attendee")).findFirst().orElse(null),
                e -> e != null);
        assertEquals(id, badge.at("/data/spaceId").asText());
    }

    @Test
    void cancelledRegistrantsAndUnpublishedSpacesAreRefused() {
        Person person = person("Joao Silva");
        String unpublished = SpaceRequests.create(organizer, SpaceRequests.clinic(3, 45));
        Registrations.register(unpublished, person.profile.subject(), person.profile.participantId(), "Joao", "confirmed");
        given().auth().oauth2(person.token).contentType(ContentType.JSON).body(Map.of("usefulness", 4))
                .post("/api/v1/clinics/{id}/feedback", unpublished).then().statusCode(404);
        given().auth().oauth2(person.token).get("/api/v1/clinics/{id}/feedback", unpublished).then().statusCode(404);
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/feedback", UUID.randomUUID()).then().statusCode(404);

        String id = SpaceRequests.open(organizer, SpaceRequests.clinic(3, 45));
        Registrations.register(id, person.profile.subject(), person.profile.participantId(), "Joao", "cancelled");
        SpaceRequests.moveTo(organizer, id, "live", "completed");
        given().auth().oauth2(person.token).contentType(ContentType.JSON).body(Map.of("usefulness", 4))
                .post("/api/v1/clinics/{id}/feedback", id).then().statusCode(403);
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/feedback", id).then().statusCode(200)
                .body("statistics.answers", is(0)).body("statistics.averageUsefulness", nullValue());
    }

    @Test
    void badAnswersAreNamedField() {
        Person person = person("Priya Sharma");
        String id = SpaceRequests.open(organizer, SpaceRequests.clinic(3, 45));
        Registrations.register(id, person.profile.subject(), person.profile.participantId(), "Priya", "confirmed");
        SpaceRequests.moveTo(organizer, id, "live");
        given().auth().oauth2(person.token).contentType(ContentType.JSON)
                .body(Map.of("usefulness", 6, "wantMoreOf", "x".repeat(2001)))
                .post("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("usefulness")).body("errors.field", hasItem("wantMoreOf"));
        given().auth().oauth2(person.token).contentType(ContentType.JSON)
                .body(Map.of("usefulness", 3, "wantMoreOfSkills", List.of("SPARQL")))
                .post("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(400).body("errors.field", contains("wantMoreOfSkills[0]"));
        given().auth().oauth2(person.token).contentType(ContentType.JSON).body(Map.of("anonymous", true))
                .post("/api/v1/clinics/{id}/feedback", id)
                .then().statusCode(400).body("errors.field", contains("usefulness"));
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/feedback?size=0", id)
                .then().statusCode(400).body("errors.field", contains("size"));
    }

    private record Person(ParticipantProfile profile, String token) {
    }

    private Person person(String displayName) {
        String username = displayName + " " + UUID.randomUUID();
        ParticipantProfile profile = RegistryEvents.register(events, username, displayName, "sub-saharan-africa", "NG", 2020,
                "en");
        return new Person(profile, issuer.token(username));
    }
}
