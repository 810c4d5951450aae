package org.letsconnect.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.RoleChanged;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

/** Roles come from registry events about the token's subject, not from the token. */
@QuarkusTest
@WithTestInfrastructure
class ProgrammeRolesTest {

    @InjectInfrastructure
    DevIssuer issuer;
    @InjectInfrastructure
    EventProbe events;

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

        announceRoles(subject, username, RoleChanged.ORGANIZER);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/test/notes/organizers-only").then().statusCode(200));

        announceRoles(subject, username);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/test/notes/organizers-only").then().statusCode(403));
    }

    @Test
    void erasureTombstoneForgetsTheRoles() {
        String username = "Erased " + UUID.randomUUID();
        String subject = DevIssuer.subjectFor(username);
        String token = issuer.token(username);
        announceRoles(subject, username, RoleChanged.ORGANIZER);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/test/notes/organizers-only").then().statusCode(200));

        events.publishTombstone(EventType.ROLE_CHANGED, subject);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/test/notes/organizers-only").then().statusCode(403));
    }

    private void announceRoles(String subject, String username, String... roles) {
        events.publish(EventType.ROLE_CHANGED, new RoleChanged(subject, username, List.of(roles),
                DevIssuer.subjectFor("Founding Admin"), Instant.now()));
    }
}
