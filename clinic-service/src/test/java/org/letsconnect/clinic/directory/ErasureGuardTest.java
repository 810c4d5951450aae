package org.letsconnect.clinic.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.RegistryEvents;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.contracts.registry.RoleChanged;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.PersonalDataErasureTest;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every column of the database is classified for erasure (testkit's {@link PersonalDataErasureTest}, from
 * {@code erasure/personal-data-columns.txt} and {@code erasure/non-personal-columns.txt}), and erasure really clears
 * the columns it claims to.
 */
@QuarkusTest
@WithTestInfrastructure
class ErasureGuardTest extends PersonalDataErasureTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @InjectInfrastructure
    DevIssuer issuer;
    @InjectInfrastructure
    EventProbe events;

    @Test
    void erasureLeavesNothingOfThePersonInTheErasedColumns() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String organizer = issuer.token("Organizer " + run, "organizer");
        String email = "thabo." + run + "@example.org";
        String zoomName = "Thabo M " + run;
        ParticipantProfile thabo = RegistryEvents.register(events, "Thabo " + run, "Thabo Erasable " + run,
                "sub-saharan-africa", "ZA", 2021, "zu", "en");
        RegistryEvents.contact(events, thabo, email);
        events.publish(EventType.ROLE_CHANGED, new RoleChanged(thabo.subject(), thabo.username(),
                List.of(RoleChanged.ORGANIZER), DevIssuer.subjectFor("Founding Admin"), Instant.now()));
        String token = issuer.token(thabo.username());
        // the read models know them: directory, contact and roles
        Awaitility.await().atMost(TIMEOUT)
                .until(() -> erasedColumnsHolding(List.of(thabo.subject(), email)).containsAll(List.of(
                        "directory_contact.email: " + email, "programme_role.subject: " + thabo.subject())));

        // registered, attended (matched by e-mail), answered with their name, and earned a badge
        Map<String, Object> body = SpaceRequests.clinic(1, 45);
        body.put("startsAt", "2026-10-02T13:00:00Z");
        body.put("endsAt", "2026-10-02T15:00:00Z");
        String spaceId = SpaceRequests.open(organizer, body);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/clinics/{id}/registrations", spaceId).then().statusCode(201)
                .body("name", is(thabo.displayName()));
        SpaceRequests.moveTo(organizer, spaceId, "live");
        String report = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
                + zoomName + "," + email + ",10/02/2026 01:00:00 PM,10/02/2026 03:00:00 PM,120,No\n";
        Awaitility.await().atMost(TIMEOUT).untilAsserted(() -> given().auth().oauth2(organizer)
                .contentType("text/csv").queryParam("timeZone", "UTC").body(report.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/clinics/{id}/attendance", spaceId).then().statusCode(200)
                .body("attendees[0].participantId", is(thabo.participantId())));
        SpaceRequests.moveTo(organizer, spaceId, "completed");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("usefulness", 5, "anonymous", false, "comment", "Thank you"))
                .post("/api/v1/clinics/{id}/feedback", spaceId).then().statusCode(201);
        Awaitility.await().atMost(TIMEOUT).untilAsserted(() -> given().auth().oauth2(token)
                .get("/api/v1/badges/{id}", thabo.participantId()).then().statusCode(200)
                .body("badges.size()", is(1)));

        List<String> person = List.of(thabo.participantId(), thabo.subject(), thabo.username(), thabo.displayName(),
                email, zoomName);
        List<String> before = erasedColumnsHolding(person);
        for (String value : person) {
            assertTrue(before.stream().anyMatch(place -> place.endsWith(": " + value)),
                    "the search finds " + value + " before the erasure: " + before);
        }

        // what registry-service publishes when a person erases their profile
        events.publish(EventType.PARTICIPANT_ERASED, new ParticipantErased(thabo.participantId(), thabo.subject(),
                Instant.now()));
        events.publishTombstone(EventType.PARTICIPANT_ERASED, thabo.participantId());
        events.publishTombstone(EventType.CONTACT_CHANGED, thabo.participantId());
        events.publishTombstone(EventType.ROLE_CHANGED, thabo.subject());

        Awaitility.await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(List.of(), erasedColumnsHolding(person),
                "an erased column still holds the person"));
    }
}
