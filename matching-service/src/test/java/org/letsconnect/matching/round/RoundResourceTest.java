package org.letsconnect.matching.round;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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

/**
 * Rounds through the API: open requests (a skill, no sharer) assigned to sharers with free places. Uses a skill of
 * which no other test uses the skill itself, its parent, siblings or children (suggestions also count related skills),
 * so only this test's people compete for it.
 */
@QuarkusTest
@WithTestInfrastructure
class RoundResourceTest {

    /** Mediation and conflict resolution. */
    private static final String SKILL = "Q214917";

    @InjectInfrastructure
    EventProbe events;
    @Inject
    CandidateIndex index;

    @Test
    void aRoundServesEveryoneItCanWhereTakingTheBestPairFirstWouldLeaveSomeoneOut() {
        Participants participants = new Participants(events, index);
        // Both sharers can take one more; only the bilingual one speaks English.
        Profile bilingual = Participants.person("bilingual").shares(SKILL).capacity(1).speaks("fr:native", "en:native");
        Profile francophone = Participants.person("francophone").shares(SKILL).capacity(1).speaks("fr:basic")
                .timeZone("Pacific/Kiritimati");
        // The French speaker waited longest and would score best with the bilingual sharer (a native speaker, the
        // same zone); greedy would give them that pair and leave the English speaker without anyone.
        Profile french = Participants.person("french").learns(SKILL).speaks("fr:native");
        Profile english = Participants.person("english").learns(SKILL).speaks("en:native");
        for (Profile person : List.of(bilingual, francophone, french, english)) {
            participants.register(person);
        }
        String frenchRequest = open(french);
        String englishRequest = open(english);

        JsonPath preview = given().auth().oauth2(organizer()).post("/api/v1/rounds/preview").then().statusCode(200)
                .body("committed", equalTo(false)).extract().jsonPath();
        String who = "bilingual " + bilingual.participantId + ", francophone " + francophone.participantId + ": "
                + preview.prettify();
        assertEquals(bilingual.participantId, sharerOf(preview, englishRequest), who);
        assertEquals(francophone.participantId, sharerOf(preview, frenchRequest), who);
        // a preview changes nothing
        given().auth().oauth2(Participants.token(french)).get("/api/v1/connections/{id}", frenchRequest).then()
                .statusCode(200).body("state", equalTo("open"));

        JsonPath round = given().auth().oauth2(organizer()).post("/api/v1/rounds").then().statusCode(201)
                .header("Location", notNullValue()).body("committed", equalTo(true)).extract().jsonPath();
        String roundId = round.getString("roundId");
        assertEquals(bilingual.participantId, sharerOf(round, englishRequest));
        assertEquals(francophone.participantId, sharerOf(round, frenchRequest));

        // each assignment is proposed to its sharer, and the round is announced
        given().auth().oauth2(Participants.token(english)).get("/api/v1/connections/{id}", englishRequest).then()
                .statusCode(200).body("state", equalTo("proposed"));
        JsonNode proposed = events.awaitEvent(EventType.CONNECTION_PROPOSED, englishRequest, Duration.ofSeconds(20));
        assertEquals(roundId, proposed.at("/data/roundId").asText());
        assertEquals("round", proposed.at("/data/proposedBy").asText());
        JsonNode completed = events.awaitEvent(EventType.ROUND_COMPLETED, roundId, Duration.ofSeconds(20));
        assertEquals(round.getInt("assignments.size()"), completed.at("/data/assignments").asInt());
        given().auth().oauth2(organizer()).get("/api/v1/rounds/{id}", roundId).then().statusCode(200)
                .body("assignments", equalTo(round.getInt("assignments.size()")));

        // the next round has nothing of theirs left to assign: proposed requests are no longer open
        JsonPath next = given().auth().oauth2(organizer()).post("/api/v1/rounds/preview").then().statusCode(200)
                .extract().jsonPath();
        List<String> assigned = next.getList("assignments.connectionId");
        List<String> unmatched = next.getList("unmatched.connectionId");
        assertTrue(!assigned.contains(englishRequest) && !unmatched.contains(englishRequest));
    }

    @Test
    void aRequestNoSharerCanServeIsReportedUnmatched() {
        Participants participants = new Participants(events, index);
        Profile hausa = Participants.person("hausa").learns(SKILL).speaks("ha:native");
        participants.register(hausa);
        String request = open(hausa);
        JsonPath preview = given().auth().oauth2(organizer()).post("/api/v1/rounds/preview").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> unmatched = preview.getList("unmatched");
        assertTrue(unmatched.stream().anyMatch(u -> request.equals(u.get("connectionId"))
                && hausa.username.equals(u.get("learnerUsername"))), "no sharer speaks Hausa: " + unmatched);
    }

    @Test
    void onlyOrganizersRunRounds() {
        Profile someone = Participants.person("someone");
        given().post("/api/v1/rounds/preview").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Participants.token(someone)).post("/api/v1/rounds").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Participants.token(someone, "partner")).post("/api/v1/rounds/preview").then()
                .statusCode(403);
        given().auth().oauth2(organizer()).get("/api/v1/rounds/{id}", java.util.UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    private static String open(Profile learner) {
        return given().auth().oauth2(Participants.token(learner)).contentType(ContentType.JSON)
                .body(Map.of("skill", SKILL)).post("/api/v1/connections").then().statusCode(201)
                .body("state", equalTo("open")).extract().path("id");
    }

    private static String sharerOf(JsonPath round, String connectionId) {
        return round.getString("assignments.find { it.connectionId == '" + connectionId + "' }.sharerId");
    }

    private static String organizer() {
        return Participants.token(Participants.person("organizer"), "organizer");
    }
}
