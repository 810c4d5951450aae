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

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Admins grant and revoke roles; every service learns of it from registry.roles.v1. */
@QuarkusTest
@WithTestInfrastructure
class RoleResourceTest {

    @InjectInfrastructure
    DevIssuer issuer;
    @InjectInfrastructure
    EventProbe events;
    /** A bootstrap admin from configuration: the token itself carries no roles. */
    private String admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = issuer.token("Founding Admin");
    }

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

        List<JsonNode> announced = events.awaitEvents(Topics.REGISTRY_ROLES, subject, 2, Duration.ofSeconds(30));
        assertEquals(2, announced.size(), "one announcement per real change");
        assertEquals(List.of("organizer"), roles(announced.get(0)));
        assertEquals(List.of(), roles(announced.get(1)));
        assertEquals(username, announced.get(0).path("data").path("username").asText());
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

    private static List<String> roles(JsonNode event) {
        return java.util.stream.StreamSupport.stream(event.path("data").path("roles").spliterator(), false)
                .map(JsonNode::asText).toList();
    }
}
