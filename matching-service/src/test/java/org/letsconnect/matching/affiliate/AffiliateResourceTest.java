package org.letsconnect.matching.affiliate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.matching.Participants;
import org.letsconnect.matching.Participants.Profile;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** One affiliate learns from another: organizers find the affiliates that share a skill and connect two liaisons. */
@QuarkusTest
@WithTestInfrastructure
class AffiliateResourceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Writing grant proposals, under "Grants and fundraising" (Q230788). */
    private static final String GRANT_WRITING = "Q5596756";
    private static final String GRANTS = "Q230788";
    private static final String SOCIAL_MEDIA = "Q202833";

    @InjectInfrastructure
    EventProbe events;
    @Inject
    CandidateIndex index;

    @Test
    void affiliatesAreRankedByMembersSharingWithAFreePlaceThenBySharersThenByName() {
        Affiliates a = new Affiliates();
        List<Map<String, Object>> ours = ours(candidates(GRANT_WRITING, " " + a.learn.toUpperCase() + " ")
                .statusCode(200).extract().jsonPath(), a.suffix);

        assertEquals(List.of(a.beta, a.delta, a.gamma, a.alpha), ours.stream().map(c -> c.get("name")).toList(),
                "the learning affiliate and the one sharing only another skill are not listed");
        assertEquals(List.of(2, 1, 1, 0), ours.stream().map(c -> c.get("membersSharingWithFreePlace")).toList());
        assertEquals(List.of(2, 1, 1, 2), ours.stream().map(c -> c.get("membersSharing")).toList());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> liaisons = (List<Map<String, Object>>) ours.get(0).get("liaisons");
        assertEquals(3, liaisons.size(), "the three ways of writing the name are one affiliate");
        assertEquals(List.of(true, true, false), liaisons.stream().map(l -> l.get("sharesSkill")).toList());
        assertEquals(a.betaMember.participantId, liaisons.get(2).get("participantId"));
        assertEquals(a.betaMember.username, liaisons.get(2).get("username"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> gamma = (List<Map<String, Object>>) ours.get(2).get("liaisons");
        assertEquals(true, gamma.get(0).get("sharesSkill"), "a sharer of the broader skill shares it");
        assertEquals(true, gamma.get(0).get("freePlace"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> alpha = (List<Map<String, Object>>) ours.get(3).get("liaisons");
        assertEquals(false, alpha.get(0).get("freePlace"), "taking no connections is no free place");
    }

    @Test
    void candidatesNeedAKnownSkillAndTheAffiliateAndAreForOrganizersOnly() {
        candidates("Q0", "Someone").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("skill"));
        given().auth().oauth2(organizer()).queryParam("skill", GRANT_WRITING).get("/api/v1/affiliates/candidates")
                .then().statusCode(400).body("errors[0].field", is("for"));
        Profile someone = Participants.person("someone");
        given().auth().oauth2(Participants.token(someone)).queryParam("skill", GRANT_WRITING).queryParam("for", "X")
                .get("/api/v1/affiliates/candidates").then().statusCode(403);
        given().auth().oauth2(Participants.token(someone, "partner")).queryParam("skill", GRANT_WRITING)
                .queryParam("for", "X").get("/api/v1/affiliates/candidates").then().statusCode(403);
        given().queryParam("skill", GRANT_WRITING).queryParam("for", "X").get("/api/v1/affiliates/candidates").then()
                .statusCode(401);
        given().auth().oauth2(Participants.token(someone)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/affiliate-connections").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/affiliate-connections").then()
                .statusCode(401);
    }

    @Test
    void theSharingLiaisonAcceptsTheOrganizersProposalAndBothLiaisonsReadIt() {
        Affiliates a = new Affiliates();
        String id = connect(a.learn, "  " + a.beta.toLowerCase(), a.learner, a.betaMember, GRANT_WRITING)
                .statusCode(201).body("state", is("proposed")).body("origin", is("affiliate"))
                .body("proposedBy", is("organizer")).body("learnerAffiliate", is(a.learn))
                .body("sharerAffiliate", is(a.beta)).body("learnerLiaisonId", is(a.learner.participantId))
                .body("sharerLiaisonId", is(a.betaMember.participantId))
                .body("learnerId", is(a.learner.participantId)).body("sharerId", is(a.betaMember.participantId))
                .extract().path("id");
        JsonNode proposed = events.awaitEvent(EventType.CONNECTION_PROPOSED, id, TIMEOUT);
        assertEquals("organizer", proposed.at("/data/proposedBy").asText());
        assertEquals(a.betaMember.participantId, proposed.at("/data/sharerId").asText());
        assertEquals(a.learn, proposed.at("/data/learnerAffiliate").asText());
        assertEquals(a.beta, proposed.at("/data/sharerAffiliate").asText());

        given().auth().oauth2(Participants.token(a.betaMember)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/connections/{id}/accept", id).then().statusCode(200).body("state", is("accepted"));
        assertEquals(a.betaMember.participantId,
                events.awaitEvent(EventType.CONNECTION_ACCEPTED, id, TIMEOUT).at("/data/sharerId").asText());

        given().auth().oauth2(Participants.token(a.learner)).get("/api/v1/connections/{id}", id).then()
                .statusCode(200).body("state", is("accepted")).body("role", is("learner"))
                .body("message", is("Our chapter would like to learn grant writing"))
                .body("sharerAffiliate", is(a.beta));
        given().auth().oauth2(Participants.token(a.betaSharer)).get("/api/v1/connections/{id}", id).then()
                .statusCode(404);
    }

    @Test
    void aProposalNeedsMembersOfDifferentAffiliatesAndASharerAmongTheSharingOne() {
        Affiliates a = new Affiliates();
        connect(a.learn, a.beta, a.betaMember, a.betaSharer, GRANT_WRITING).statusCode(400)
                .body("errors[0].field", is("learnerLiaisonId"));
        connect(a.learn, a.beta, a.learner, a.gammaSharer, GRANT_WRITING).statusCode(400)
                .body("errors[0].field", is("sharerLiaisonId"));
        connect(a.learn, a.learn.toUpperCase(), a.learner, a.learnSharer, GRANT_WRITING).statusCode(400)
                .body("errors[0].field", is("sharerAffiliate"));
        connect(a.learn, a.epsilon, a.learner, a.epsilonSharer, GRANT_WRITING).statusCode(400)
                .body("errors[0].field", is("sharerAffiliate"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString(a.epsilon));
        connect(a.learn, a.beta, a.learner, a.betaMember, "Q0").statusCode(400).body("errors[0].field", is("skill"));
        given().auth().oauth2(organizer()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/affiliate-connections").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("skill", "learnerAffiliate", "sharerAffiliate"));
        given().auth().oauth2(Participants.token(a.learner)).get("/api/v1/connections?role=learner").then()
                .statusCode(200).body("total", is(0)).body("items[0]", nullValue());
    }

    /** Affiliates of one test, their names unique to it: the index is shared by every test. */
    private final class Affiliates {
        final String suffix = UUID.randomUUID().toString().substring(0, 8);
        final String learn = "Wikimedia Learn " + suffix;
        final String alpha = "Wikimedia Alpha " + suffix;
        final String beta = "Wikimedia Beta " + suffix;
        final String gamma = "Wikimedia Gamma " + suffix;
        final String delta = "Wikimedia Delta " + suffix;
        final String epsilon = "Wikimedia Epsilon " + suffix;
        final Profile learner;
        final Profile learnSharer;
        final Profile betaMember;
        final Profile betaSharer;
        final Profile gammaSharer;
        final Profile epsilonSharer;

        Affiliates() {
            learner = register(Participants.person("learner").affiliations(learn));
            learnSharer = register(Participants.person("learn-sharer").affiliations(learn).shares(GRANT_WRITING)
                    .capacity(2));
            register(Participants.person("alpha-a").affiliations(alpha).shares(GRANT_WRITING).capacity(0));
            register(Participants.person("alpha-b").affiliations(alpha, learn).shares(GRANT_WRITING).capacity(0));
            betaSharer = register(Participants.person("beta-a").affiliations(beta).shares(GRANT_WRITING).capacity(2));
            betaMember = register(Participants.person("beta-b").affiliations(beta).capacity(1));
            register(Participants.person("beta-c").affiliations("  wikimedia   BETA " + suffix + " ")
                    .shares(GRANT_WRITING).capacity(2));
            gammaSharer = register(Participants.person("gamma-a").affiliations(gamma).shares(GRANTS).capacity(1));
            register(Participants.person("gamma-b").affiliations(gamma));
            register(Participants.person("delta-a").affiliations(delta).shares(GRANT_WRITING).capacity(1));
            epsilonSharer = register(Participants.person("epsilon-a").affiliations(epsilon).shares(SOCIAL_MEDIA)
                    .capacity(1));
        }
    }

    private Profile register(Profile person) {
        new Participants(events, index).register(person);
        return person;
    }

    private ValidatableResponse candidates(String skill, String forAffiliate) {
        return given().auth().oauth2(organizer()).queryParam("skill", skill).queryParam("for", forAffiliate)
                .get("/api/v1/affiliates/candidates").then();
    }

    private ValidatableResponse connect(String learning, String sharing, Profile learnerLiaison,
            Profile sharerLiaison, String skill) {
        Map<String, Object> body = new HashMap<>();
        body.put("learnerAffiliate", learning);
        body.put("sharerAffiliate", sharing);
        body.put("skill", skill);
        body.put("learnerLiaisonId", learnerLiaison.participantId);
        body.put("sharerLiaisonId", sharerLiaison.participantId);
        body.put("message", "Our chapter would like to learn grant writing");
        return given().auth().oauth2(organizer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/affiliate-connections").then();
    }

    /** The candidates among this test's affiliates, in the order answered. */
    private static List<Map<String, Object>> ours(JsonPath page, String suffix) {
        List<Map<String, Object>> all = page.getList("$");
        return all.stream().filter(c -> ((String) c.get("name")).endsWith(suffix)).toList();
    }

    private static String organizer() {
        return Participants.token(Participants.person("organizer"), "organizer");
    }
}
