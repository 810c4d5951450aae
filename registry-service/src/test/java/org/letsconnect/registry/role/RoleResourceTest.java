package org.letsconnect.registry.role;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.ContractAssertions;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.KafkaBroker;
import org.letsconnect.testkit.WithTestInfrastructure;

/** Admins grant and revoke roles; every service learns of it from registry.roles.v1. */
@QuarkusTest
@WithTestInfrastructure
class RoleResourceTest {

    private final DevIssuer issuer = DevIssuer.shared();
    private final KafkaBroker kafka = KafkaBroker.shared();
    /** A bootstrap admin from configuration: the token itself carries no roles. */
    private final String admin = issuer.token("Founding Admin");

    @Test
    void grantedOrganizerRoleReachesTheReadModelAndIsRevokedAgain() {
        String username = "Liaison " + UUID.randomUUID();
        String subject = DevIssuer.subjectFor(username);
        String token = issuer.token(username);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("username", username))
                .put("/api/v1/roles/{subject}/organizer", subject)
                .then().statusCode(200).body("roles", contains("organizer")).body("username", is(username));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/api/v1/session").then().body("roles", hasItem("organizer")));

        // granting again changes nothing and announces nothing
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("username", username))
                .put("/api/v1/roles/{subject}/organizer", subject).then().statusCode(200);
        given().auth().oauth2(admin).get("/api/v1/roles").then().statusCode(200)
                .body("find { it.subject == '" + subject + "' }.roles", contains("organizer"));

        given().auth().oauth2(admin).delete("/api/v1/roles/{subject}/organizer", subject)
                .then().statusCode(200).body("roles", empty());
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/api/v1/session").then().body("roles", not(hasItem("organizer"))));

        List<JsonNode> events = roleEvents(subject, 2);
        assertEquals(2, events.size(), "one announcement per real change");
        assertEquals(List.of("organizer"), roles(events.get(0)));
        assertEquals(List.of(), roles(events.get(1)));
        assertEquals(username, events.get(0).path("data").path("username").asText());
    }

    @Test
    void onlyAdminsManageRoles() {
        String subject = DevIssuer.subjectFor("Hopeful");
        for (String token : new String[] { issuer.token("Organizer Only", "organizer"), issuer.token("Plain Participant"),
                issuer.tokenWithSubject("capx-client", null, "partner") }) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                    .put("/api/v1/roles/{subject}/organizer", subject)
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).get("/api/v1/roles").then().statusCode(403);
        }
        given().get("/api/v1/roles").then().statusCode(401);
        given().auth().oauth2(admin).get("/api/v1/roles/{subject}", subject).then().statusCode(200)
                .body("roles", empty());
    }

    @Test
    void onlyProgrammeRolesCanBeGranted() {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of())
                .put("/api/v1/roles/{subject}/superuser", DevIssuer.subjectFor("Greedy"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("role"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of())
                .put("/api/v1/roles/{subject}/partner", "not a subject!")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private List<JsonNode> roleEvents(String subject, int atLeast) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> records(subject).size() >= atLeast);
        return records(subject).stream().map(r -> ContractAssertions.assertValidEvent(r.value())).toList();
    }

    private List<ConsumerRecord<String, String>> records(String subject) {
        return kafka.readAll(Topics.REGISTRY_ROLES, Duration.ofSeconds(1)).stream()
                .filter(r -> subject.equals(r.key()) && r.value() != null).toList();
    }

    private static List<String> roles(JsonNode event) {
        return java.util.stream.StreamSupport.stream(event.path("data").path("roles").spliterator(), false)
                .map(JsonNode::asText).toList();
    }
}
