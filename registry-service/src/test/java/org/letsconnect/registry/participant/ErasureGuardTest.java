package org.letsconnect.registry.participant;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.Topics;
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

    @InjectInfrastructure
    DevIssuer issuer;
    @InjectInfrastructure
    EventProbe events;

    @Test
    void erasureLeavesNothingOfThePersonInTheErasedColumns() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String username = "Erasable " + run;
        String subject = DevIssuer.subjectFor(username);
        String token = issuer.token(username);
        Map<String, Object> profile = SampleProfiles.complete("Zanele Erasable " + run);
        profile.put("email", "zanele." + run + "@example.org");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(profile).put("/api/v1/me")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(issuer.token("Founding Admin")).contentType(ContentType.JSON)
                .body(Map.of("username", username)).put("/api/v1/roles/{subject}/organizer", subject)
                .then().statusCode(200);
        List<String> person = List.of(id, subject, username, "Zanele Erasable " + run, "zanele." + run + "@example.org");
        // the roles read model has the person too, so the search below has something to miss afterwards
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> erasedColumnsHolding(List.of(subject)).stream()
                .anyMatch(place -> place.startsWith("programme_role.")));
        List<String> before = erasedColumnsHolding(person);
        for (String value : person) {
            assertTrue(before.stream().anyMatch(place -> place.endsWith(": " + value)),
                    "the search finds " + value + " before the erasure: " + before);
        }

        given().auth().oauth2(token).delete("/api/v1/me").then().statusCode(204);

        events.awaitTombstone(Topics.REGISTRY_ROLES, subject, Duration.ofSeconds(30));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(List.of(), erasedColumnsHolding(person),
                        "an erased column still holds the person"));
    }
}
