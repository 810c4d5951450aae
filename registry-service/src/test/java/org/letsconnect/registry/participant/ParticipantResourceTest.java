package org.letsconnect.registry.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.ContractAssertions;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.KafkaBroker;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Registration, updates, privacy and erasure of profiles, through the API and the topics. */
@QuarkusTest
@WithTestInfrastructure
class ParticipantResourceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @InjectInfrastructure
    DevIssuer issuer;
    @InjectInfrastructure
    KafkaBroker kafka;
    @InjectInfrastructure
    EventProbe events;

    @Inject
    Pool pool;

    @Test
    void firstPutRegistersFromTheTokenAndLaterPutsUpdate() {
        String username = "Amina " + UUID.randomUUID();
        String token = issuer.token(username);
        Map<String, Object> profile = profile("Amina Yusuf");

        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(profile)
                .put("/api/v1/me")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/participants/"))
                .body("username", is(username))
                .body("email", is("amina@example.org"))
                .body("languages.code", hasItems("ha", "pt-br"))
                .extract().path("id");

        profile.put("bio", "أحب تنظيم ورش العمل");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(profile)
                .put("/api/v1/me")
                .then().statusCode(200).body("id", is(id)).body("bio", is("أحب تنظيم ورش العمل"));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("id", is(id)).body("bio", is("أحب تنظيم ورش العمل"));

        List<JsonNode> published = events.awaitEvents(Topics.REGISTRY_PARTICIPANTS, id, 2, TIMEOUT);
        assertEquals("org.letsconnect.registry.participant.registered.v1", published.get(0).path("type").asText());
        assertEquals("org.letsconnect.registry.participant.updated.v1", published.get(1).path("type").asText());
        assertEquals("أحب تنظيم ورش العمل", published.get(1).path("data").path("bio").asText());
        published.forEach(event -> assertTrue(event.path("data").path("email").isMissingNode(),
                "a public topic carried an email address"));
        assertFalse(kafka.readAll(Topics.REGISTRY_PARTICIPANTS, Duration.ofSeconds(1)).stream()
                .anyMatch(r -> r.value() != null && r.value().contains("amina@example.org")));

        JsonNode contact = events.awaitEvent(Topics.REGISTRY_CONTACTS, id, TIMEOUT);
        assertEquals("amina@example.org", contact.path("data").path("email").asText());
    }

    @Test
    void repeatingTheSamePutChangesAndPublishesNothing() {
        String token = issuer.token("Repeater " + UUID.randomUUID());
        Map<String, Object> profile = profile("Repeat Person");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(profile).put("/api/v1/me")
                .then().statusCode(201).extract().path("id");
        String updatedAt = given().auth().oauth2(token).contentType(ContentType.JSON).body(profile).put("/api/v1/me")
                .then().statusCode(200).extract().path("updatedAt");
        given().auth().oauth2(token).get("/api/v1/me").then().body("updatedAt", is(updatedAt));
        events.awaitEvent(Topics.REGISTRY_PARTICIPANTS, id, TIMEOUT);
        assertEquals(1, outboxRows(id, "org.letsconnect.registry.participant.%"), "the repeated PUT published again");
    }

    @Test
    void invalidFieldsAreAllNamedInTheCallersLanguageAndNothingIsStored() {
        String token = issuer.token("Careless " + UUID.randomUUID());
        Map<String, Object> profile = profile("");
        profile.put("region", "atlantis");
        profile.put("country", "XX");
        profile.put("timeZone", "Mars/Olympus");
        profile.put("languages", List.of(Map.of("code", "klingon-x", "level", "native"),
                Map.of("code", "fr", "level", "fluent")));
        profile.put("skillsToLearn", List.of("Q999999999999"));
        profile.put("email", "not an address");

        given().auth().oauth2(token).contentType(ContentType.JSON).header("Accept-Language", "fr")
                .body(profile).put("/api/v1/me")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", is("Certains champs ne sont pas valides"))
                .body("errors.field", hasItems("displayName", "email"));
        // the reference checks come once the shape is right
        profile.put("displayName", "Careless");
        profile.put("email", "careless@example.org");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Accept-Language", "fr")
                .body(profile).put("/api/v1/me")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("region", "country", "timeZone", "languages[0].code",
                        "languages[1].level", "skillsToLearn[0]"))
                .body("errors.find { it.field == 'skillsToLearn[0]' }.message", containsString("Q999999999999"));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aNulInTheDisplayNameAndAKeyGivenTwiceAreRefusedAndNothingIsStored() throws Exception {
        String token = issuer.token("Careful " + UUID.randomUUID());
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Accept-Language", "fr")
                .body(profile("Ada\u0000Lovelace")).put("/api/v1/me")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("errors.field", contains("displayName"))
                .body("errors[0].message", containsString("(U+0000)"));
        String twice = "{\"displayName\": \"Ada\", "
                + new ObjectMapper().writeValueAsString(profile("Ada Lovelace")).substring(1);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(twice).put("/api/v1/me")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("displayName"))
                .body("errors[0].message", is("This field is given more than once. Give it once."));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(404);
    }

    @Test
    void emailIsVisibleOnlyToItsOwnerAndToOrganizers() {
        String ownerToken = issuer.token("Private Owner " + UUID.randomUUID());
        Map<String, Object> profile = profile("Private Owner");
        String id = given().auth().oauth2(ownerToken).contentType(ContentType.JSON).body(profile).put("/api/v1/me")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(ownerToken).get("/api/v1/participants/{id}", id)
                .then().statusCode(200).body("email", is("amina@example.org"));
        given().auth().oauth2(issuer.token("Curious Peer")).get("/api/v1/participants/{id}", id)
                .then().statusCode(200).body("displayName", is("Private Owner")).body("email", nullValue())
                .body(not(containsString("amina@example.org")));
        given().auth().oauth2(issuer.token("Working Group", "organizer")).get("/api/v1/participants/{id}", id)
                .then().statusCode(200).body("email", is("amina@example.org"));
    }

    @Test
    void partnersReadPublicProfilesOnlyAndCannotWrite() {
        String memberOnlyToken = issuer.token("Members Only " + UUID.randomUUID());
        Map<String, Object> profile = profile("Members Only");
        profile.put("visibility", "members");
        String hidden = given().auth().oauth2(memberOnlyToken).contentType(ContentType.JSON).body(profile)
                .put("/api/v1/me").then().statusCode(201).extract().path("id");
        String publicToken = issuer.token("Open Book " + UUID.randomUUID());
        String shown = given().auth().oauth2(publicToken).contentType(ContentType.JSON).body(profile("Open Book"))
                .put("/api/v1/me").then().statusCode(201).extract().path("id");

        String partner = issuer.tokenWithSubject("capx-client", null, "partner");
        given().auth().oauth2(partner).get("/api/v1/participants/{id}", shown).then().statusCode(200)
                .body("email", nullValue());
        given().auth().oauth2(partner).get("/api/v1/participants/{id}", hidden).then().statusCode(404);
        given().auth().oauth2(partner).contentType(ContentType.JSON).body(profile("CapX"))
                .put("/api/v1/me").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/participants/{id}", shown).then().statusCode(401);
    }

    @Test
    void erasureRemovesTheProfileAndPublishesTombstones() {
        String username = "Leaving " + UUID.randomUUID();
        String token = issuer.token(username);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(profile("Leaving Soon"))
                .put("/api/v1/me").then().statusCode(201).extract().path("id");

        given().auth().oauth2(token).delete("/api/v1/me").then().statusCode(204);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(404);
        given().auth().oauth2(issuer.token("Someone Else")).get("/api/v1/participants/{id}", id).then().statusCode(404);
        given().auth().oauth2(token).delete("/api/v1/me").then().statusCode(404);

        List<ConsumerRecord<String, String>> published = events.awaitTombstone(Topics.REGISTRY_PARTICIPANTS, id,
                TIMEOUT);
        ConsumerRecord<String, String> last = published.get(published.size() - 1);
        assertNull(last.value(), "the last record about an erased participant is a tombstone");
        JsonNode erased = ContractAssertions.assertValidEvent(published.get(published.size() - 2).value());
        assertEquals("org.letsconnect.registry.participant.erased.v1", erased.path("type").asText());
        events.awaitTombstone(Topics.REGISTRY_CONTACTS, id, TIMEOUT);
        // and the roles read models forget the person too
        String subject = DevIssuer.subjectFor(username);
        events.awaitTombstone(Topics.REGISTRY_ROLES, subject, TIMEOUT);
        assertEquals(0, pool.preparedQuery("select count(*) from participant where id = $1")
                .execute(Tuple.of(UUID.fromString(id))).await().indefinitely().iterator().next().getInteger(0));
    }

    @Test
    void theDocumentedExampleRegisters() {
        given().auth().oauth2(issuer.token("Example " + UUID.randomUUID())).contentType(ContentType.JSON)
                .body(ParticipantExamples.REQUEST).put("/api/v1/me")
                .then().statusCode(201).body("skillsToShare", hasItems("Q565"));
    }

    private static Map<String, Object> profile(String displayName) {
        return SampleProfiles.complete(displayName);
    }

    private int outboxRows(String aggregateId, String typePattern) {
        return pool.preparedQuery("select count(*) from outbox where aggregateid = $1 and type like $2")
                .execute(Tuple.of(aggregateId, typePattern)).await().indefinitely().iterator().next().getInteger(0);
    }
}
