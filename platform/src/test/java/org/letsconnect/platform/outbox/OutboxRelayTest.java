package org.letsconnect.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.Topics;
import org.letsconnect.platform.testapp.NoteResource;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.KafkaBroker;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The outbox against a real broker and database: published once committed, never when rolled back. */
@QuarkusTest
@WithTestInfrastructure
class OutboxRelayTest {

    @InjectInfrastructure
    KafkaBroker kafka;
    @InjectInfrastructure
    EventProbe events;
    @InjectInfrastructure
    DevIssuer issuer;

    @Inject
    Pool pool;
    private String token;

    @BeforeEach
    void signIn() {
        token = issuer.token("Outbox Writer");
    }

    @Test
    void committedEventIsPublishedAsStructuredCloudEventKeyedByAggregate() {
        UUID id = createNote("written", 4);

        JsonNode event = events.awaitEvent(Topics.CLINIC_EVENTS, id.toString(), Duration.ofSeconds(30));
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals("org.letsconnect.clinic.feedback.submitted.v1", event.path("type").asText());
        assertEquals("/clinic-service", event.path("source").asText());
        assertEquals(id.toString(), event.path("subject").asText());
        assertEquals("application/json", event.path("datacontenttype").asText());
        assertNotNull(UUID.fromString(event.path("id").asText()));
        assertTrue(event.path("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*"), event.path("time").asText());
        assertEquals(id.toString(), event.path("data").path("spaceId").asText());
        assertEquals(4, event.path("data").path("usefulness").asInt());
        assertEquals(NoteResource.PARTICIPANT_ID.toString(), event.path("data").path("participantId").asText());
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        UUID refused = UUID.randomUUID();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("id", refused, "text", "refused", "usefulness", 2))
                .queryParam("fail", true)
                .post("/test/notes")
                .then().statusCode(409);
        given().auth().oauth2(token).get("/test/notes/{id}", refused).then().statusCode(404);

        // a later committed event is published, so the relay has passed over the moment of the refusal
        UUID later = createNote("later", 3);
        events.awaitEvent(Topics.CLINIC_EVENTS, later.toString(), Duration.ofSeconds(30));
        // an event of a rolled-back transaction must not be published
        events.assertNoEvent(Topics.CLINIC_EVENTS, refused.toString(), Duration.ofSeconds(1));
    }

    @Test
    void eventCommittedWhileBrokerIsDownIsPublishedOnceItIsBack() {
        kafka.stop();
        UUID id;
        try {
            // the user's request does not wait for, nor fail with, the broker
            id = createNote("while down", 5);
            given().auth().oauth2(token).get("/test/notes/{id}", id).then().statusCode(200).body("text", is("while down"));
            // the relay has tried and failed at least once while the broker was away
            UUID waiting = id;
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> failedAttempts(waiting) > 0);
        } finally {
            kafka.restart();
        }
        events.awaitEvent(Topics.CLINIC_EVENTS, id.toString(), Duration.ofSeconds(90));
        UUID after = createNote("after", 1);
        events.awaitEvent(Topics.CLINIC_EVENTS, after.toString(), Duration.ofSeconds(30));
        assertEquals(1, events.published(Topics.CLINIC_EVENTS, id.toString()).size(), "published exactly once");
    }

    private int failedAttempts(UUID aggregateId) {
        return pool.preparedQuery("select attempts from outbox where aggregateid = $1")
                .execute(Tuple.of(aggregateId.toString())).await().indefinitely().iterator().next().getInteger(0);
    }

    private UUID createNote(String text, int usefulness) {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("id", id, "text", text, "usefulness", usefulness))
                .post("/test/notes")
                .then().statusCode(201);
        return id;
    }
}
