package org.letsconnect.matching.connection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.Topics;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/** A connection from request to feedback, as its two sides go through it, and what others may see of it. */
@QuarkusTest
@WithTestInfrastructure
class ConnectionLifecycleTest extends ConnectionApiTest {

    @Inject
    ConnectionService connections;

    @Test
    void requestAcceptScheduleCompleteAndRateEachPublishedOnTheTopic() {
        Person learner = learner();
        Person sharer = sharer(2, GRANT_WRITING);
        String id = request(learner, sharer, GRANT_WRITING).statusCode(201)
                .header("Location", containsString("/api/v1/connections/"))
                .body("state", is("requested")).body("role", is("learner")).body("sharerName", is(sharer.name()))
                .body("message", is("Could you help me?")).body("expiresAt", notNullValue())
                .extract().path("id");

        // the sharer sees it addressed to them; the learner cannot answer it
        given().auth().oauth2(sharer.token()).get("/api/v1/connections?role=sharer&state=requested").then()
                .statusCode(200).body("items.id", hasItem(id)).body("total", is(1));
        act(learner, id, "accept", null).statusCode(403).body("type", is("urn:letsconnect:problem:forbidden"));

        act(sharer, id, "accept", null).statusCode(200).body("state", is("accepted")).body("role", is("sharer"));
        // answered once: accepting again names the state it is in
        act(sharer, id, "accept", null).statusCode(409).body("type", is("urn:letsconnect:problem:connection-state"))
                .body("detail", containsString("accepted"));

        Instant meeting = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        act(learner, id, "schedule", Map.of("at", meeting.toString(), "timeZone", "America/Sao_Paulo")).statusCode(200)
                .body("state", is("scheduled")).body("scheduledAt", is(meeting.toString()))
                .body("timeZone", is("America/Sao_Paulo"));

        act(learner, id, "feedback", Map.of("helped", true, "rating", 5)).statusCode(409);
        act(learner, id, "complete", null).statusCode(200).body("state", is("scheduled"))
                .body("completionConfirmedBy", is("learner"));
        act(learner, id, "complete", null).statusCode(200).body("state", is("scheduled"));
        act(sharer, id, "complete", null).statusCode(200).body("state", is("completed"))
                .body("completedAt", notNullValue());

        act(learner, id, "feedback", Map.of("helped", true, "rating", 5, "comment", "Exactly what I needed."))
                .statusCode(200).body("feedback", hasSize(1)).body("feedback[0].author", is("learner"));
        act(learner, id, "feedback", Map.of("helped", false, "rating", 1)).statusCode(409)
                .body("type", is("urn:letsconnect:problem:feedback-given"));
        act(sharer, id, "feedback", Map.of("helped", true, "rating", 4)).statusCode(200)
                .body("feedback.author", is(List.of("learner", "sharer")))
                .body("feedback[0].comment", is("Exactly what I needed."));

        List<JsonNode> published = events.awaitEvents(Topics.MATCHING_EVENTS, id, 6, TIMEOUT);
        assertEquals(List.of("requested", "accepted", "scheduled", "completed", "submitted", "submitted"),
                published.stream().map(e -> e.get("type").asText().split("\\.")[4]).toList());
        assertEquals(sharer.id(), published.get(0).at("/data/sharerId").asText());
        assertEquals("America/Sao_Paulo", published.get(2).at("/data/timeZone").asText());
        JsonNode rated = published.get(4).get("data");
        assertEquals("learner", rated.get("author").asText());
        assertEquals(5, rated.get("rating").asInt());
        assertFalse(published.toString().contains("Exactly what I needed"), "the comment stays here");
        assertFalse(published.toString().contains("Could you help me"), "the message stays here");
    }

    @Test
    void aSharerDeclinesWithAReasonAndTheLearnerIsOfferedTheNextCandidate() {
        Person learner = learner();
        Person busy = sharer(1, GRANT_WRITING);
        String id = requested(learner, busy, GRANT_WRITING);
        act(busy, id, "decline", Map.of("reason", "maybe-later")).statusCode(400).body("errors[0].field", is("reason"));
        act(busy, id, "decline", Map.of("reason", "unavailable")).statusCode(200).body("state", is("declined"))
                .body("declineReason", is("unavailable"));

        JsonNode declined = events.awaitEvent(org.letsconnect.contracts.EventType.CONNECTION_DECLINED, id, TIMEOUT);
        assertEquals("unavailable", declined.at("/data/reason").asText());
        // the next candidate is someone else who shares the skill (other tests' sharers are candidates too)
        JsonNode next = declined.at("/data/nextSharerId");
        if (!next.isNull()) {
            assertFalse(next.asText().equals(busy.id()) || next.asText().equals(learner.id()));
        }

        // the cooldown: the same request again is refused for now
        request(learner, busy, GRANT_WRITING).statusCode(409)
                .body("type", is("urn:letsconnect:problem:recently-declined"));
    }

    @Test
    void eitherSideOrAnOrganizerCancelsAndTheEventSaysWho() {
        Person learner = learner();
        Person sharer = sharer(3, GRANT_WRITING);
        String byLearner = requested(learner, sharer, GRANT_WRITING);
        act(learner, byLearner, "cancel", Map.of("reason", "no-longer-needed")).statusCode(200)
                .body("state", is("cancelled")).body("cancelledBy", is("learner"));
        act(learner, byLearner, "cancel", null).statusCode(409).body("detail", containsString("cancelled"));

        String byOrganizer = requested(learner, sharer, GRANT_WRITING);
        given().auth().oauth2(organizer).contentType("application/json").body(Map.of())
                .post("/api/v1/connections/{id}/cancel", byOrganizer).then().statusCode(200)
                .body("cancelledBy", is("organizer")).body("role", nullValue());

        assertEquals("learner", events.awaitEvent(org.letsconnect.contracts.EventType.CONNECTION_CANCELLED, byLearner,
                TIMEOUT).at("/data/cancelledBy").asText());
        JsonNode cancelled = events.awaitEvent(org.letsconnect.contracts.EventType.CONNECTION_CANCELLED, byOrganizer,
                TIMEOUT);
        assertEquals("organizer", cancelled.at("/data/cancelledBy").asText());
        assertEquals(sharer.id(), cancelled.at("/data/sharerId").asText());
    }

    @Test
    void onlyTheTwoSidesAndOrganizersReadAConnectionAndPartnersNothing() {
        Person learner = learner();
        Person sharer = sharer(1, GRANT_WRITING);
        Person stranger = sharer(1, GRANT_WRITING);
        String id = requested(learner, sharer, GRANT_WRITING);

        given().auth().oauth2(learner.token()).get("/api/v1/connections/{id}", id).then().statusCode(200)
                .body("role", is("learner"));
        given().auth().oauth2(sharer.token()).get("/api/v1/connections/{id}", id).then().statusCode(200)
                .body("role", is("sharer"));
        given().auth().oauth2(organizer).get("/api/v1/connections/{id}", id).then().statusCode(200)
                .body("message", is("Could you help me?"));

        // a third participant learns nothing, not even that it exists; nor can they answer or cancel it
        given().auth().oauth2(stranger.token()).header("Accept-Language", "fr").get("/api/v1/connections/{id}", id)
                .then().statusCode(404).body("type", is("urn:letsconnect:problem:not-found"))
                .body("detail", containsString("Il n'y a pas de connexion"));
        act(stranger, id, "accept", null).statusCode(404);
        act(stranger, id, "cancel", null).statusCode(404);
        given().auth().oauth2(stranger.token()).get("/api/v1/connections").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        String partner = issuer.tokenWithSubject("capx-client", null, "partner");
        given().auth().oauth2(partner).get("/api/v1/connections/{id}", id).then().statusCode(403);
        given().auth().oauth2(partner).get("/api/v1/connections").then().statusCode(403);
        given().auth().oauth2(partner).get("/api/v1/connections/open").then().statusCode(403);
    }

    @Test
    void erasingAParticipantRemovesTheirConnectionsFreeText() throws Throwable {
        Person learner = learner();
        Person sharer = sharer(1, GRANT_WRITING);
        String id = requested(learner, sharer, GRANT_WRITING);
        act(sharer, id, "accept", null).statusCode(200);
        act(learner, id, "complete", null).statusCode(200);
        act(sharer, id, "complete", null).statusCode(200);
        act(sharer, id, "feedback", Map.of("helped", true, "rating", 4, "comment", "A keen learner.")).statusCode(200);

        VertxContextSupport.subscribeAndAwait(() -> connections.forgetFreeText(UUID.fromString(learner.id())));
        given().auth().oauth2(sharer.token()).get("/api/v1/connections/{id}", id).then().statusCode(200)
                .body("message", nullValue()).body("feedback[0].comment", nullValue())
                .body("feedback[0].rating", is(4)).body("state", is("completed"));
    }

    @Test
    void listsFilterByRoleAndStateAndPage() {
        Person learner = learner();
        Person first = sharer(1, GRANT_WRITING);
        Person second = sharer(1, GRANTS);
        String one = requested(learner, first, GRANT_WRITING);
        String two = requested(learner, second, GRANT_WRITING);
        act(first, one, "decline", null).statusCode(200);

        given().auth().oauth2(learner.token()).get("/api/v1/connections?role=learner&size=1").then().statusCode(200)
                .body("total", is(2)).body("items", hasSize(1)).body("items[0].id", is(two));
        given().auth().oauth2(learner.token()).get("/api/v1/connections?state=declined").then().statusCode(200)
                .body("items.id", is(List.of(one)));
        given().auth().oauth2(learner.token()).get("/api/v1/connections?role=sharer").then().statusCode(200)
                .body("total", is(0));
        given().auth().oauth2(learner.token()).get("/api/v1/connections?role=teacher&state=lost").then()
                .statusCode(400).body("errors.field", is(List.of("role", "state")));
    }
}
