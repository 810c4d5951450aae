package org.letsconnect.clinic.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.AdjustableClock;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.ContractAssertions;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Guests' contact data reaches notification-service on the restricted {@code clinic.guests.v1}, keyed by the
 * registration, and only there: the public topic never sees a name or an address, and participants' registrations
 * never appear on the restricted one.
 */
@QuarkusTest
@WithTestInfrastructure
class GuestContactEventsTest extends ClinicApiTest {

    @Inject
    GuestContactRetention retention;
    @Inject
    AdjustableClock clock;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aGuestsContactIsPublishedOnTheRestrictedTopicAndTombstonedWhenTheyCancel() {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 1));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String aminaEmail = "amina." + run + "@example.org";
        ExtractableResponse<Response> amina = registerGuest(space, "Amina Yusuf " + run, aminaEmail, "ha",
                "Africa/Lagos");
        String aminaId = amina.path("id");

        JsonNode contact = events.awaitEvent(EventType.GUEST_CONTACT_CHANGED, aminaId, TIMEOUT);
        assertEquals(EventType.GUEST_CONTACT_CHANGED.type(), contact.get("type").asText());
        assertEquals("/clinic-service", contact.get("source").asText());
        assertEquals(aminaId, contact.get("subject").asText());
        JsonNode data = contact.get("data");
        assertEquals(aminaId, data.get("registrationId").asText());
        assertEquals(space, data.get("spaceId").asText());
        assertEquals("Amina Yusuf " + run, data.get("name").asText());
        assertEquals(aminaEmail, data.get("email").asText());
        assertEquals("ha", data.get("language").asText());
        assertEquals("Africa/Lagos", data.get("timeZone").asText());
        assertFalse(Instant.parse(data.get("updatedAt").asText()).isAfter(Instant.now()));

        // nothing of the guest on the public topic, whose registration event is there all the same
        JsonNode created = events.awaitEvents(EventType.REGISTRATION_CREATED, space, 1, TIMEOUT).get(0);
        assertEquals(aminaId, created.at("/data/registrationId").asText());
        for (JsonNode event : events.published(Topics.CLINIC_EVENTS, space)) {
            assertFalse(event.toString().contains(aminaEmail), "no e-mail address on the public topic");
            assertFalse(event.toString().contains("Amina"), "no guest's name on the public topic");
            assertFalse(event.at("/data").has("email"));
            assertFalse(event.at("/data").has("name"));
        }

        given().queryParam("cancelToken", (String) amina.path("cancelToken"))
                .delete("/api/v1/clinics/{id}/registrations/{r}", space, aminaId).then().statusCode(204);
        List<ConsumerRecord<String, String>> records = events.awaitTombstone(Topics.CLINIC_GUESTS, aminaId, TIMEOUT);
        assertEquals(2, records.size(), "the contact, then the tombstone");
        assertEquals(EventType.GUEST_CONTACT_CHANGED.type(),
                ContractAssertions.assertValidEvent(records.get(0).value()).get("type").asText());
        assertNull(records.get(1).value());
    }

    @Test
    void aWaitlistedGuestIsPublishedAgainWhenPromotedAndParticipantsNeverAppear() {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 1));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = registerGuest(space, "Kofi Mensah " + run, "kofi." + run + "@example.org", "en",
                "Africa/Accra").path("id");
        String koteEmail = "kote." + run + "@example.org";
        ExtractableResponse<Response> waiting = registerGuest(space, "Kote Beridze " + run, koteEmail, "ka",
                "Asia/Tbilisi");
        assertEquals("waitlisted", waiting.path("status"));
        String koteId = waiting.path("id");
        String participantId = given().auth().oauth2(issuer.token("Participant " + run)).contentType(ContentType.JSON)
                .body(Map.of()).post("/api/v1/clinics/{id}/registrations", space).then().statusCode(201)
                .body("status", is("waitlisted")).extract().path("id");

        // the organizer cancels the first guest: a tombstone for them, and the place goes to the waiting guest
        given().auth().oauth2(organizer).delete("/api/v1/clinics/{id}/registrations/{r}", space, first).then()
                .statusCode(204);
        events.awaitTombstone(Topics.CLINIC_GUESTS, first, TIMEOUT);
        List<JsonNode> kote = events.awaitEvents(EventType.GUEST_CONTACT_CHANGED, koteId, 2, TIMEOUT);
        assertEquals(2, kote.size(), "registered, then promoted");
        for (JsonNode event : kote) {
            assertEquals(koteEmail, event.at("/data/email").asText());
            assertEquals("ka", event.at("/data/language").asText());
            assertEquals("Asia/Tbilisi", event.at("/data/timeZone").asText());
        }
        JsonNode promoted = events.awaitEvent(EventType.REGISTRATION_PROMOTED, space, TIMEOUT);
        assertEquals(koteId, promoted.at("/data/registrationId").asText());
        assertEquals(promoted.at("/data/at").asText(), kote.get(1).at("/data/updatedAt").asText());
        assertTrue(Instant.parse(kote.get(1).at("/data/updatedAt").asText())
                .isAfter(Instant.parse(kote.get(0).at("/data/updatedAt").asText())));

        // the participant registered before the cancellation, whose tombstone is out (the outbox keeps its order):
        // anything published for them on the guests' topic would be out too
        events.assertNoEvent(Topics.CLINIC_GUESTS, participantId, Duration.ofSeconds(1));
        assertTrue(events.awaitEvents(EventType.REGISTRATION_CREATED, space, 3, TIMEOUT).stream()
                .anyMatch(e -> e.at("/data/registrationId").asText().equals(participantId)));
    }

    @Test
    void aGuestWhoNeverCancelsIsTakenBackFromTheTopicOnceTheSpaceIsLongOver() throws Throwable {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(2, 5));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String guest = registerGuest(space, "Zainab Bello " + run, "zainab." + run + "@example.org", "ha",
                "Africa/Lagos").path("id");
        events.awaitEvent(EventType.GUEST_CONTACT_CHANGED, guest, TIMEOUT);
        try {
            // the session (two hours, two days ahead) ends, and the follow-up still needs the address
            clock.advance(Duration.ofDays(2 + 29));
            VertxContextSupport.subscribeAndAwait(retention::retractEnded);
            assertNull(VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                    () -> Registration.<Registration> findById(UUID.fromString(guest)))).contactRetractedAt);

            // thirty days after the end: the contact is tombstoned, once
            clock.advance(Duration.ofDays(2));
            assertTrue(VertxContextSupport.subscribeAndAwait(retention::retractEnded) >= 1);
            List<ConsumerRecord<String, String>> records = events.awaitTombstone(Topics.CLINIC_GUESTS, guest,
                    TIMEOUT);
            assertEquals(2, records.size(), "the contact, then the tombstone");
            assertEquals(0, VertxContextSupport.subscribeAndAwait(retention::retractEnded),
                    "a second pass finds nothing left to take back");
        } finally {
            clock.reset();
        }
        // the registration itself stays for the organizers
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/registrations", space).then().statusCode(200)
                .body("items.find { it.id == '" + guest + "' }.email", is("zainab." + run + "@example.org"));
    }

    private static ExtractableResponse<Response> registerGuest(String space, String name, String email,
            String language, String timeZone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("language", language);
        body.put("timeZone", timeZone);
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/clinics/{id}/guest-registrations", space).then().statusCode(201).extract();
    }
}
