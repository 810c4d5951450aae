package org.letsconnect.clinic.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Someone who registers for a space before their registry profile reaches this service is linked once it does, and
 * the link is announced once per registration, with its status and waitlist place.
 */
@QuarkusTest
@WithTestInfrastructure
class LateProfileTest extends ClinicApiTest {

    @Test
    void aRegistrationMadeBeforeTheProfileArrivedIsLinkedToIt() {
        String username = "Newcomer " + UUID.randomUUID().toString().substring(0, 6);
        String spaceId = SpaceRequests.open(organizer, SpaceRequests.clinic(20, 45));
        String registrationId = register(username, spaceId, "confirmed");
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/registrations", spaceId).then().statusCode(200)
                .body("items.find { it.id == '" + registrationId + "' }.participantId", is((Object) null));

        String participantId = UUID.randomUUID().toString();
        events.publish(EventType.PARTICIPANT_REGISTERED, profile(participantId, username, "Ngozi Okafor"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(organizer)
                .get("/api/v1/clinics/{id}/registrations", spaceId).then().statusCode(200)
                .body("items.find { it.id == '" + registrationId + "' }.participantId", is(participantId))
                .body("items.find { it.id == '" + registrationId + "' }.name", is("Ngozi Okafor")));
        JsonNode linked = linkedEvent(spaceId, registrationId);
        assertEquals(participantId, linked.path("participantId").asText());
        assertEquals("confirmed", linked.path("status").asText());
        assertTrue(linked.path("position").isNull() || linked.path("position").isMissingNode());
    }

    @Test
    void eachLinkIsAnnouncedOnceWithItsWaitlistPlace() {
        String username = "Late " + UUID.randomUUID().toString().substring(0, 6);
        String spaceId = SpaceRequests.open(organizer, SpaceRequests.clinic(20, 1));
        register("Early " + UUID.randomUUID().toString().substring(0, 6), spaceId, "confirmed");
        String registrationId = register(username, spaceId, "waitlisted");

        String participantId = UUID.randomUUID().toString();
        events.publish(EventType.PARTICIPANT_REGISTERED, profile(participantId, username, "Chidi Eze"));
        JsonNode linked = linkedEvent(spaceId, registrationId);
        assertEquals("waitlisted", linked.path("status").asText());
        assertEquals(1, linked.path("position").asInt());

        // a later profile update finds nothing left to link: no second announcement
        events.publish(EventType.PARTICIPANT_UPDATED, profile(participantId, username, "Chidi Eze-Okoro"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(organizer)
                .get("/api/v1/clinics/{id}/registrations", spaceId).then().statusCode(200)
                .body("items.find { it.id == '" + registrationId + "' }.name", is("Chidi Eze-Okoro")));
        assertEquals(1, events.published(EventType.REGISTRATION_LINKED, spaceId).size());
    }

    private String register(String username, String spaceId, String expectedStatus) {
        return given().auth().oauth2(issuer.token(username)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/clinics/{id}/registrations", spaceId).then().statusCode(201)
                .body("status", is(expectedStatus)).extract().path("id");
    }

    private JsonNode linkedEvent(String spaceId, String registrationId) {
        List<JsonNode> linked = events.awaitEvents(EventType.REGISTRATION_LINKED, spaceId, 1, Duration.ofSeconds(30));
        assertEquals(1, linked.size(), "one announcement per link: " + linked);
        JsonNode data = linked.get(0).path("data");
        assertEquals(registrationId, data.path("registrationId").asText());
        return data;
    }

    private static ParticipantProfile profile(String participantId, String username, String name) {
        Instant now = Instant.now();
        return new ParticipantProfile(participantId, DevIssuer.subjectFor(username), username, name, null,
                "sub-saharan-africa", "NG", "Africa/Lagos", List.of(new LanguageSkill("yo", LanguageSkill.NATIVE)),
                List.of(), "individual-editor", 2026, List.of(), null, List.of(), List.of(), false, 0, "public", "en",
                List.of(), now, now);
    }
}
