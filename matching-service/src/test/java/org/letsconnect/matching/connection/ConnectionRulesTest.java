package org.letsconnect.matching.connection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The rules a request must keep, each refusal in the caller's language naming the field or the conflict. */
@QuarkusTest
@WithTestInfrastructure
class ConnectionRulesTest extends ConnectionApiTest {

    @Test
    void requestsThatCannotBeAreRefusedNamingTheField() {
        Person learner = learner();
        Person sharer = sharer(2, GRANT_WRITING);
        Person unavailable = person(0, Set.of(GRANT_WRITING));

        request(learner, learner, GRANT_WRITING).statusCode(400).body("errors[0].field", is("sharerId"))
                .body("errors[0].message", is("You cannot ask yourself."));
        given().auth().oauth2(learner.token()).header("Accept-Language", "fr").contentType(ContentType.JSON)
                .body(Map.of("sharerId", UUID.randomUUID().toString(), "skill", GRANT_WRITING))
                .post("/api/v1/connections").then().statusCode(400)
                .header("Content-Language", "fr")
                .body("errors[0].field", is("sharerId"))
                .body("errors[0].message", containsString("Il n'y a aucun participant"));
        request(learner, unavailable, GRANT_WRITING).statusCode(400).body("errors[0].field", is("sharerId"))
                .body("errors[0].message", containsString("does not take 1:1 connections"));
        request(learner, sharer, "Q999999999").statusCode(400).body("errors[0].field", is("skill"))
                .body("errors[0].message", containsString("Q999999999"));
        request(learner, sharer, SOCIAL_MEDIA).statusCode(400).body("errors[0].field", is("sharerId"))
                .body("errors[0].message", containsString("does not share " + SOCIAL_MEDIA));
        given().auth().oauth2(learner.token()).contentType(ContentType.JSON)
                .body(Map.of("sharerId", sharer.id(), "skill", GRANT_WRITING, "message", "x".repeat(2001)))
                .post("/api/v1/connections").then().statusCode(400).body("errors[0].field", is("message"));
        given().auth().oauth2(learner.token()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/connections").then().statusCode(400).body("errors[0].field", is("skill"));

        // a participant without a profile is told to make one
        given().auth().oauth2(issuer.token("No profile " + UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("skill", GRANT_WRITING)).post("/api/v1/connections").then().statusCode(409)
                .body("type", is("urn:letsconnect:problem:profile-required"))
                .body("detail", containsString("Create your profile"));
    }

    @Test
    void aNulInTheMessageAndAKeyGivenTwiceAreRefusedAndNothingIsRequested() {
        Person learner = learner();
        Person sharer = sharer(2, GRANT_WRITING);
        given().auth().oauth2(learner.token()).contentType(ContentType.JSON).header("Accept-Language", "pt")
                .body(Map.of("sharerId", sharer.id(), "skill", GRANT_WRITING, "message", "Could you\u0000help?"))
                .post("/api/v1/connections").then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:letsconnect:problem:validation"))
                .body("errors.field", contains("message"))
                .body("errors[0].message", containsString("(U+0000)"));
        given().auth().oauth2(learner.token()).contentType(ContentType.JSON)
                .body("{\"sharerId\": \"" + sharer.id() + "\", \"skill\": \"" + GRANT_WRITING + "\", \"skill\": \""
                        + GRANTS + "\"}")
                .post("/api/v1/connections").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("skill"))
                .body("errors[0].message", is("This field is given more than once. Give it once."));
        // neither was requested: the same request is still new
        requested(learner, sharer, GRANT_WRITING);
    }

    @Test
    void aRelatedSkillIsEnoughButTheSameRequestTwiceIsNot() {
        Person learner = learner();
        // shares the broader skill "Grants and fundraising": related to writing grant proposals
        Person broader = sharer(2, GRANTS);
        requested(learner, broader, GRANT_WRITING);
        request(learner, broader, GRANT_WRITING).statusCode(409)
                .body("type", is("urn:letsconnect:problem:duplicate-request"));

        request(learner, null, GRANT_WRITING).statusCode(201).body("state", is("open")).body("sharerId", nullValue())
                .body("expiresAt", nullValue());
        request(learner, null, GRANT_WRITING).statusCode(409)
                .body("detail", containsString("open request for this skill"));
    }

    @Test
    void aLearnerHasAtMostFiveRequestsWaiting() {
        Person learner = learner();
        for (int i = 0; i < 4; i++) {
            requested(learner, sharer(1, GRANT_WRITING), GRANT_WRITING);
        }
        String open = request(learner, null, GRANT_WRITING).statusCode(201).extract().path("id");
        request(learner, sharer(1, GRANT_WRITING), GRANT_WRITING).statusCode(409)
                .body("type", is("urn:letsconnect:problem:too-many-open-requests"))
                .body("detail", containsString("5 requests waiting"));

        // one less waiting makes room again
        act(learner, open, "cancel", null).statusCode(200);
        request(learner, sharer(1, GRANT_WRITING), GRANT_WRITING).statusCode(201);
    }

    @Test
    void anAcceptedRequestCancelsTheLearnersOtherRequestsForTheSkill() {
        Person learner = learner();
        Person first = sharer(1, GRANT_WRITING);
        Person second = sharer(1, GRANT_WRITING);
        Person other = sharer(1, SOCIAL_MEDIA);
        String accepted = requested(learner, first, GRANT_WRITING);
        String alsoAsked = requested(learner, second, GRANT_WRITING);
        String open = request(learner, null, GRANT_WRITING).statusCode(201).extract().path("id");
        String otherSkill = requested(learner, other, SOCIAL_MEDIA);

        act(first, accepted, "accept", null).statusCode(200);

        for (String id : List.of(alsoAsked, open)) {
            given().auth().oauth2(learner.token()).get("/api/v1/connections/{id}", id).then().statusCode(200)
                    .body("state", is("cancelled")).body("cancelledBy", is("system"))
                    .body("cancelReason", is("matched-elsewhere"));
            JsonNode cancelled = events.awaitEvent(EventType.CONNECTION_CANCELLED, id, TIMEOUT);
            assertEquals("system", cancelled.at("/data/cancelledBy").asText());
        }
        assertEquals(true, events.awaitEvent(EventType.CONNECTION_OPENED, open, TIMEOUT).at("/data/sharerId")
                .isMissingNode());
        given().auth().oauth2(learner.token()).get("/api/v1/connections/{id}", otherSkill).then().statusCode(200)
                .body("state", is("requested"));
        act(second, alsoAsked, "accept", null).statusCode(409).body("detail", containsString("cancelled"));
    }

    @Test
    void aSharerPausesNewRequestsFromTheirAnswerAndReopens() {
        Person sharer = sharer(3, GRANT_WRITING);
        String id = requested(learner(), sharer, GRANT_WRITING);
        act(sharer, id, "accept", Map.of("pauseNewRequests", true)).statusCode(200);
        given().auth().oauth2(sharer.token()).get("/api/v1/me/availability").then().statusCode(200)
                .body("pausedUntil", is(SharerLedger.INDEFINITELY.toString()));

        request(learner(), sharer, GRANT_WRITING).statusCode(400).body("errors[0].field", is("sharerId"))
                .body("errors[0].message", containsString("paused"));

        given().auth().oauth2(sharer.token()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/me/availability").then().statusCode(200).body("pausedUntil", nullValue());
        request(learner(), sharer, GRANT_WRITING).statusCode(201);
    }

    @Test
    void aFullSharerTakesNoMoreRequests() {
        Person sharer = sharer(1, GRANT_WRITING);
        act(sharer, requested(learner(), sharer, GRANT_WRITING), "accept", null).statusCode(200);
        request(learner(), sharer, GRANT_WRITING).statusCode(400).body("errors[0].field", is("sharerId"))
                .body("errors[0].message", containsString("no free place"));
    }
}
