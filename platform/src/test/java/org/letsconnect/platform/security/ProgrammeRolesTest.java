package org.letsconnect.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;


import io.quarkus.test.junit.QuarkusTest;

import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.KafkaBroker;
import org.letsconnect.testkit.WithTestInfrastructure;

/** Roles come from registry events about the token's subject, not from the token. */
@QuarkusTest
@WithTestInfrastructure
class ProgrammeRolesTest {

    private static final Map<String, String> CLOUD_EVENT = Map.of("content-type", "application/cloudevents+json");

    private final DevIssuer issuer = DevIssuer.shared();
    private final KafkaBroker kafka = KafkaBroker.shared();

    @Test
    void signedInWikimedianIsAParticipant() {
        given().auth().oauth2(issuer.token("Amina"))
                .get("/api/v1/session")
                .then().statusCode(200)
                .body("subject", is(DevIssuer.subjectFor("Amina")))
                .body("username", is("Amina"))
                .body("roles", contains("participant"));
    }

    @Test
    void bootstrapAdminFromConfigurationIsAnAdmin() {
        given().auth().oauth2(issuer.token("Founding Admin"))
                .get("/api/v1/session")
                .then().statusCode(200)
                .body("roles", containsInAnyOrder("admin", "participant"));
    }

    @Test
    void organizerRoleGrantedAndRevokedByRegistryEvents() {
        String username = "Organizer " + UUID.randomUUID();
        String subject = DevIssuer.subjectFor(username);
        String token = issuer.token(username);
        given().auth().oauth2(token).get("/test/notes/organizers-only")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", is("urn:letsconnect:problem:forbidden"));

        announceRoles(subject, username, "[\"organizer\"]");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/test/notes/organizers-only").then().statusCode(200));

        announceRoles(subject, username, "[]");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/test/notes/organizers-only").then().statusCode(403));
    }

    @Test
    void erasureTombstoneForgetsTheRoles() {
        String username = "Erased " + UUID.randomUUID();
        String subject = DevIssuer.subjectFor(username);
        String token = issuer.token(username);
        announceRoles(subject, username, "[\"organizer\"]");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/test/notes/organizers-only").then().statusCode(200));

        kafka.send(Topics.REGISTRY_ROLES, subject, null, Map.of());
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/test/notes/organizers-only").then().statusCode(403));
    }

    private void announceRoles(String subject, String username, String roles) {
        kafka.send(Topics.REGISTRY_ROLES, subject, """
                {"specversion":"1.0","id":"%s","source":"/registry-service","type":"org.letsconnect.registry.role.changed.v1",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":{"subject":"%s","username":"%s","roles":%s,"changedBy":"%s","changedAt":"%s"}}"""
                .formatted(UUID.randomUUID(), subject, Instant.now(), subject, username, roles,
                        DevIssuer.subjectFor("Founding Admin"), Instant.now()), CLOUD_EVENT);
    }
}
