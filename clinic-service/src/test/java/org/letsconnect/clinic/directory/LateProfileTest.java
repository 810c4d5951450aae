package org.letsconnect.clinic.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Someone who registers for a space before their registry profile reaches this service is linked once it does. */
@QuarkusTest
@WithTestInfrastructure
class LateProfileTest extends ClinicApiTest {

    @Test
    void aRegistrationMadeBeforeTheProfileArrivedIsLinkedToIt() {
        String username = "Newcomer " + UUID.randomUUID().toString().substring(0, 6);
        String spaceId = SpaceRequests.open(organizer, SpaceRequests.clinic(20, 45));
        String registrationId = given().auth().oauth2(issuer.token(username)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/clinics/{id}/registrations", spaceId).then().statusCode(201)
                .body("status", is("confirmed")).extract().path("id");
        given().auth().oauth2(organizer).get("/api/v1/clinics/{id}/registrations", spaceId).then().statusCode(200)
                .body("items.find { it.id == '" + registrationId + "' }.participantId", is((Object) null));

        Instant now = Instant.now();
        String participantId = UUID.randomUUID().toString();
        events.publish(EventType.PARTICIPANT_REGISTERED, new ParticipantProfile(participantId,
                DevIssuer.subjectFor(username), username, "Ngozi Okafor", null, "sub-saharan-africa", "NG",
                "Africa/Lagos", List.of(new LanguageSkill("yo", LanguageSkill.NATIVE)), List.of(), "individual-editor", 2026,
                List.of(), null, List.of(), List.of(), false, 0, "public", "en", List.of(), now, now));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(organizer)
                .get("/api/v1/clinics/{id}/registrations", spaceId).then().statusCode(200)
                .body("items.find { it.id == '" + registrationId + "' }.participantId", is(participantId))
                .body("items.find { it.id == '" + registrationId + "' }.name", is("Ngozi Okafor")));
    }
}
