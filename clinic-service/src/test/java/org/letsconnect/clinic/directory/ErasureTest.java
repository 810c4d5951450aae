package org.letsconnect.clinic.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.RegistryEvents;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A participant who erases their registry profile is forgotten here too: names, e-mail, named feedback, badges. */
@QuarkusTest
@WithTestInfrastructure
class ErasureTest extends ClinicApiTest {

    @Test
    void anErasedParticipantLeavesOnlyCountsBehind() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        ParticipantProfile kwame = RegistryEvents.register(events, "Kwame " + run, "Kwame Mensah", "sub-saharan-africa", "GH",
                2024, "en");
        RegistryEvents.contact(events, kwame, "kwame." + run + "@example.org");
        String token = issuer.token(kwame.username());
        Map<String, Object> body = SpaceRequests.clinic(1, 45);
        body.put("startsAt", "2026-10-02T13:00:00Z");
        body.put("endsAt", "2026-10-02T15:00:00Z");
        String spaceId = SpaceRequests.open(organizer, body);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/clinics/{id}/registrations", spaceId).then().statusCode(201);
        SpaceRequests.moveTo(organizer, spaceId, "live");
        String report = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
                + "Kwame M,kwame." + run + "@example.org,10/02/2026 01:00:00 PM,10/02/2026 03:00:00 PM,120,No\n";
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(organizer)
                .contentType("text/csv").queryParam("timeZone", "UTC").body(report.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/clinics/{id}/attendance", spaceId).then().statusCode(200)
                .body("attendees[0].participantId", is(kwame.participantId())));
        SpaceRequests.moveTo(organizer, spaceId, "completed");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("usefulness", 5, "anonymous", false))
                .post("/api/v1/clinics/{id}/feedback", spaceId).then().statusCode(201);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/api/v1/badges/{id}", kwame.participantId()).then().statusCode(200)
                .body("badges.size()", is(1)));

        events.publish(EventType.PARTICIPANT_ERASED,
                new ParticipantErased(kwame.participantId(), kwame.subject(), Instant.now()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(organizer)
                .get("/api/v1/clinics/{id}/feedback", spaceId).then().statusCode(200)
                .body("items[0].anonymous", is(true))
                .body("items[0].participantId", is((Object) null))
                .body("items[0].name", is((Object) null)));
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/registrations", spaceId).then().statusCode(200)
                .body("items[0].name", is(""))
                .body("items[0].username", is((Object) null));
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/attendance", spaceId).then().statusCode(200)
                .body("attendees[0].names", empty())
                .body("attendees[0].email", is((Object) null))
                .body("attendees[0].minutes", is(120));
        given().auth().oauth2(organizer).get("/api/v1/badges/{id}", kwame.participantId()).then().statusCode(200)
                .body("badges", empty());
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/report", spaceId).then().statusCode(200)
                .body("attendance.attendees", is(1)).body("feedback.answers", is(1));
    }

}
