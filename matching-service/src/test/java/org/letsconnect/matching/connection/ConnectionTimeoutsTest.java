package org.letsconnect.matching.connection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

/** Time passing: unanswered requests expire and offer the next candidate; one side's confirmation completes. */
@QuarkusTest
@WithTestInfrastructure
class ConnectionTimeoutsTest extends ConnectionApiTest {

    /** A skill no other test uses, so the next candidate is known. */
    private static final String BUDGETING = "Q41263";

    @Inject
    ConnectionTimeouts timeouts;

    @Test
    void anUnansweredRequestExpiresOfferingTheNextCandidateAndTwoInARowSetTheSharerAway() throws Throwable {
        Person silent = sharer(3, BUDGETING);
        Person full = sharer(1, BUDGETING);
        Person next = sharer(2, BUDGETING);
        act(full, requested(learner(), full, BUDGETING), "accept", null).statusCode(200);
        Person learner = learner();
        String first = requested(learner, silent, BUDGETING);
        String second = requested(learner(), silent, BUDGETING);
        assertEquals(2, sharerColumn(silent, "requests_received"));

        setConnectionTime(first, "expires_at", Instant.now().minus(Duration.ofMinutes(1)));
        assertTrue(VertxContextSupport.subscribeAndAwait(timeouts::expireDue) >= 1);
        given().auth().oauth2(learner.token()).get("/api/v1/connections/{id}", first).then().statusCode(200)
                .body("state", is("expired"));
        JsonNode expired = events.awaitEvent(EventType.CONNECTION_EXPIRED, first, TIMEOUT);
        // not the silent sharer (already asked), not the full one: the one with a free place
        assertEquals(next.id(), expired.at("/data/nextSharerId").asText());
        assertEquals(silent.id(), expired.at("/data/sharerId").asText());
        assertEquals(1, sharerColumn(silent, "requests_expired"));
        assertNull(sharerColumn(silent, "away_since"), "one expiry is not yet away");

        setConnectionTime(second, "expires_at", Instant.now().minus(Duration.ofMinutes(1)));
        VertxContextSupport.subscribeAndAwait(timeouts::expireDue);
        assertEquals(2, sharerColumn(silent, "requests_expired"));
        assertNotNull(sharerColumn(silent, "away_since"), "two in a row: away");
        events.awaitEvent(EventType.CONNECTION_EXPIRED, second, TIMEOUT);
        act(silent, second, "accept", null).statusCode(409).body("detail", containsString("expired"));

        request(learner(), silent, BUDGETING).statusCode(400).body("errors[0].message", containsString("away"));
        given().auth().oauth2(silent.token()).get("/api/v1/me/availability").then().statusCode(200)
                .body("awaySince", notNullValue());
        given().auth().oauth2(silent.token()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/me/availability").then().statusCode(200).body("awaySince", nullValue());
        String third = requested(learner(), silent, BUDGETING);
        act(silent, third, "decline", Map.of("reason", "not-a-fit")).statusCode(200);
        assertEquals(1, sharerColumn(silent, "requests_answered"));
        assertNotNull(sharerColumn(silent, "last_answered_at"));
    }

    @Test
    void aConnectionOneSideConfirmedCompletesAfterTheTimeout() throws Throwable {
        Person learner = learner();
        Person sharer = sharer(1, GRANT_WRITING);
        String id = requested(learner, sharer, GRANT_WRITING);
        act(sharer, id, "accept", null).statusCode(200);
        act(sharer, id, "complete", null).statusCode(200).body("completionConfirmedBy", is("sharer"));
        VertxContextSupport.subscribeAndAwait(timeouts::completeOverdue);
        given().auth().oauth2(learner.token()).get("/api/v1/connections/{id}", id).then().body("state",
                is("accepted"));

        setConnectionTime(id, "completion_confirmed_at", Instant.now().minus(Duration.ofDays(8)));
        assertTrue(VertxContextSupport.subscribeAndAwait(timeouts::completeOverdue) >= 1);
        given().auth().oauth2(learner.token()).get("/api/v1/connections/{id}", id).then().body("state",
                is("completed"));
        assertEquals("completed", events.awaitEvent(EventType.CONNECTION_COMPLETED, id, TIMEOUT)
                .at("/data/state").asText());
        act(learner, id, "feedback", Map.of("helped", true, "rating", 6)).statusCode(400)
                .body("errors[0].field", is("rating"));
        act(learner, id, "feedback", Map.of("helped", true, "rating", 3)).statusCode(200);
    }

    @Test
    void anExpiryWithNobodyLeftOffersNoOne() throws Throwable {
        // a sharer whose skill nobody else shares
        Person only = person(1, Set.of("Q1051495"));
        String id = requested(learner(), only, "Q1051495");
        setConnectionTime(id, "expires_at", Instant.now().minus(Duration.ofMinutes(1)));
        VertxContextSupport.subscribeAndAwait(timeouts::expireDue);
        assertTrue(events.awaitEvent(EventType.CONNECTION_EXPIRED, id, TIMEOUT).at("/data/nextSharerId").isNull());
    }
}
