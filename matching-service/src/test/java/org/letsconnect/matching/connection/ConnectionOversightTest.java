package org.letsconnect.matching.connection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Organizers see what waits, who is left unmatched and who is overloaded, and propose matches. */
@QuarkusTest
@WithTestInfrastructure
class ConnectionOversightTest extends ConnectionApiTest {

    @Inject
    ConnectionService connections;

    @Test
    void anOrganizerProposesASharerForAnOpenRequestAndTheSharerAnswersIt() {
        Person learner = learner();
        Person sharer = sharer(2, GRANT_WRITING);
        String open = request(learner, null, GRANT_WRITING).statusCode(201).extract().path("id");
        assertEquals("open", events.awaitEvent(EventType.CONNECTION_OPENED, open, TIMEOUT).at("/data/state").asText());

        given().auth().oauth2(organizer).get("/api/v1/connections/open?size=200").then().statusCode(200)
                .body("items.id", hasItem(open));

        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("learnerId", learner.id(), "sharerId", sharer.id(), "skill", SOCIAL_MEDIA))
                .post("/api/v1/connections/proposals").then().statusCode(400).body("errors[0].field", is("sharerId"));
        given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("learnerId", learner.id(), "sharerId", sharer.id(), "skill", GRANT_WRITING))
                .post("/api/v1/connections/proposals").then().statusCode(201)
                .body("id", is(open)).body("state", is("proposed")).body("proposedBy", is("organizer"))
                .body("sharerId", is(sharer.id()));
        JsonNode proposed = events.awaitEvent(EventType.CONNECTION_PROPOSED, open, TIMEOUT);
        assertEquals("organizer", proposed.at("/data/proposedBy").asText());
        assertEquals(true, proposed.at("/data/roundId").isNull());

        act(sharer, open, "accept", null).statusCode(200).body("state", is("accepted"));
        events.awaitEvent(EventType.CONNECTION_ACCEPTED, open, TIMEOUT);
        given().auth().oauth2(organizer).get("/api/v1/connections/open?size=200").then()
                .body("items.id", not(hasItem(open)));
    }

    @Test
    void aRoundProposesAllItsMatchesInOneTransactionOrNone() throws Throwable {
        Person waiting = learner();
        Person fresh = learner();
        Person sharer = sharer(2, GRANT_WRITING);
        String open = request(waiting, null, GRANT_WRITING).statusCode(201).extract().path("id");
        UUID round = UUID.randomUUID();

        // one bad proposal (a sharer who does not share the skill) and nothing is proposed
        List<Proposal> withABadOne = List.of(
                new Proposal(UUID.fromString(open), UUID.fromString(waiting.id()), UUID.fromString(sharer.id()),
                        GRANT_WRITING),
                new Proposal(null, UUID.fromString(fresh.id()), UUID.fromString(sharer.id()), SOCIAL_MEDIA));
        org.junit.jupiter.api.Assertions.assertThrows(org.letsconnect.platform.problem.ProblemException.class,
                () -> VertxContextSupport.subscribeAndAwait(() -> connections.proposeAll(withABadOne, round)));
        given().auth().oauth2(waiting.token()).get("/api/v1/connections/{id}", open).then().body("state", is("open"));

        List<Connection> proposed = VertxContextSupport.subscribeAndAwait(() -> connections.proposeAll(List.of(
                withABadOne.get(0),
                new Proposal(null, UUID.fromString(fresh.id()), UUID.fromString(sharer.id()), GRANT_WRITING)),
                round));
        assertEquals(open, proposed.get(0).id.toString());
        for (Connection connection : proposed) {
            JsonNode event = events.awaitEvent(EventType.CONNECTION_PROPOSED, connection.id.toString(), TIMEOUT);
            assertEquals("round", event.at("/data/proposedBy").asText());
            assertEquals(round.toString(), event.at("/data/roundId").asText());
            assertEquals(sharer.id(), event.at("/data/sharerId").asText());
        }
        given().auth().oauth2(sharer.token()).get("/api/v1/connections?role=sharer&state=proposed").then()
                .body("total", is(2)).body("items.roundId", everyItem(is(round.toString())));
    }

    @Test
    void aProposalWithoutAnOpenRequestIsANewConnection() {
        Person learner = learner();
        Person sharer = sharer(1, GRANTS);
        String id = given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(Map.of("learnerId", learner.id(), "sharerId", sharer.id(), "skill", GRANT_WRITING))
                .post("/api/v1/connections/proposals").then().statusCode(201).body("origin", is("organizer"))
                .extract().path("id");
        act(sharer, id, "decline", Map.of("reason", "not-a-fit")).statusCode(200);
        given().auth().oauth2(learner.token()).get("/api/v1/connections/{id}", id).then().body("state",
                is("declined"));
    }

    @Test
    void learnersLeftWithoutASharerAreListedUntilTheyAskAgain() throws Exception {
        Person declined = learner();
        Person waiting = learner();
        Person sharer = sharer(3, GRANT_WRITING);
        String refused = requested(declined, sharer, GRANT_WRITING);
        act(sharer, refused, "decline", null).statusCode(200);
        String stale = request(waiting, null, GRANT_WRITING).statusCode(201).extract().path("id");
        String fresh = request(learner(), null, GRANT_WRITING).statusCode(201).extract().path("id");
        setConnectionTime(stale, "requested_at", Instant.now().minus(Duration.ofDays(20)));

        JsonPath unmatched = given().auth().oauth2(organizer).get("/api/v1/connections/unmatched?size=200").then()
                .statusCode(200).extract().jsonPath();
        List<String> ids = unmatched.getList("items.connectionId");
        org.junit.jupiter.api.Assertions.assertTrue(ids.contains(refused), "declined and nothing newer");
        org.junit.jupiter.api.Assertions.assertTrue(ids.contains(stale), "open for 20 days");
        org.junit.jupiter.api.Assertions.assertFalse(ids.contains(fresh), "open since now");
        assertEquals(declined.name(),
                unmatched.getString("items.find { it.connectionId == '" + refused + "' }.learnerName"));

        // asking someone else takes the learner off the list
        requested(declined, sharer(1, GRANT_WRITING), GRANT_WRITING);
        given().auth().oauth2(organizer).get("/api/v1/connections/unmatched?size=200").then()
                .body("items.connectionId", not(hasItem(refused)));
    }

    @Test
    void sharersAtCapacityOrWithManyWaitingAreOverloaded() {
        Person full = sharer(1, GRANT_WRITING);
        Person swamped = sharer(5, GRANT_WRITING);
        Person relaxed = sharer(5, GRANT_WRITING);
        act(full, requested(learner(), full, GRANT_WRITING), "accept", null).statusCode(200);
        for (int i = 0; i < 3; i++) {
            requested(learner(), swamped, GRANT_WRITING);
        }
        requested(learner(), relaxed, GRANT_WRITING);

        JsonPath page = given().auth().oauth2(organizer).get("/api/v1/sharers/overloaded?size=200").then()
                .statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("items.sharerId");
        org.junit.jupiter.api.Assertions.assertTrue(ids.contains(full.id()));
        org.junit.jupiter.api.Assertions.assertTrue(ids.contains(swamped.id()));
        org.junit.jupiter.api.Assertions.assertFalse(ids.contains(relaxed.id()));
        assertEquals(3, page.getInt("items.find { it.sharerId == '" + swamped.id() + "' }.pending"));
        assertEquals(1, page.getInt("items.find { it.sharerId == '" + full.id() + "' }.active"));
    }

    @Test
    void participantsCannotUseTheOrganizersViews() {
        Person participant = learner();
        for (String path : List.of("/api/v1/connections/open", "/api/v1/connections/unmatched",
                "/api/v1/sharers/overloaded")) {
            given().auth().oauth2(participant.token()).get(path).then().statusCode(403)
                    .body("type", is("urn:letsconnect:problem:forbidden"));
        }
        given().auth().oauth2(participant.token()).header("Accept-Language", "es").contentType(ContentType.JSON)
                .body(Map.of("learnerId", participant.id(), "sharerId", sharer(1, GRANT_WRITING).id(), "skill",
                        GRANT_WRITING))
                .post("/api/v1/connections/proposals").then().statusCode(403)
                .header("Content-Language", "es");
    }
}
