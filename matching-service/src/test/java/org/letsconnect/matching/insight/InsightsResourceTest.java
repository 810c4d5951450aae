package org.letsconnect.matching.insight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.matching.Participants;
import org.letsconnect.matching.Participants.Profile;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestInfrastructure
class InsightsResourceTest {

    /** Volunteer retention and recognition: used by no other test. */
    private static final String SKILL = "Q1330950";

    @InjectInfrastructure
    EventProbe events;
    @Inject
    CandidateIndex index;

    @Test
    void organizersSeeWhoWantsAndWhoSharesEachSkillPerRegionAndLanguage() {
        Map<String, Object> before = skill(null, null);
        Map<String, Object> beforePt = skill(null, "pt");
        Participants participants = new Participants(events, index);
        participants.register(Participants.person("wants-a").learns(SKILL).speaks("pt-br:native"));
        participants.register(Participants.person("wants-b").learns(SKILL).region("latin-america-caribbean", "BR"));
        participants.register(Participants.person("shares").shares(SKILL).capacity(1));
        participants.register(Participants.person("not-available").shares(SKILL).capacity(0));

        Map<String, Object> after = skill(null, null);
        assertEquals(count(before, "wanting") + 2, count(after, "wanting"));
        assertEquals(count(before, "sharing") + 1, count(after, "sharing"), "someone not taking 1:1s is no supply");
        assertEquals(count(before, "sharingWithFreePlace") + 1, count(after, "sharingWithFreePlace"));
        assertEquals(count(after, "wanting") + count(after, "waitingRequests") - count(after, "sharingWithFreePlace"),
                count(after, "shortfall"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> byRegion = (Map<String, Map<String, Integer>>) after.get("byRegion");
        assertTrue(byRegion.get("latin-america-caribbean").get("wanting") >= 1);

        Map<String, Object> afterPt = skill(null, "pt");
        assertEquals(count(beforePt, "wanting") + 1, count(afterPt, "wanting"), "pt counts the pt-br speaker");
        Map<String, Object> latam = skill("latin-america-caribbean", null);
        assertFalse(latam.isEmpty());
        assertTrue(count(latam, "sharing") < count(after, "sharing"), "the region filter leaves the sharer out");
    }

    @Test
    void theLargestShortfallComesFirstAndLabelsAreInTheCallersLanguage() {
        new Participants(events, index).register(Participants.person("sparql").shares("Q54871"));
        JsonPath page = given().auth().oauth2(organizer()).header("Accept-Language", "fr")
                .queryParam("size", 200).get("/api/v1/insights/skills").then().statusCode(200)
                .header("Content-Language", "fr").extract().jsonPath();
        java.util.List<Integer> shortfalls = page.getList("items.shortfall", Integer.class);
        for (int i = 1; i < shortfalls.size(); i++) {
            assertTrue(shortfalls.get(i - 1) >= shortfalls.get(i), "ordered by shortfall: " + shortfalls);
        }
        given().auth().oauth2(organizer()).header("Accept-Language", "fr").queryParam("size", 200)
                .get("/api/v1/insights/skills").then().body("items.find { it.skill == 'Q54871' }.label",
                        equalTo(org.letsconnect.contracts.taxonomy.SkillTree.standard().labels("Q54871")
                                .get("fr")));
    }

    @Test
    void onlyOrganizersMayReadInsightsAndBadFiltersAreNamed() {
        given().get("/api/v1/insights/skills").then().statusCode(401).contentType("application/problem+json");
        Profile someone = Participants.person("curious");
        given().auth().oauth2(Participants.token(someone)).get("/api/v1/insights/skills").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Participants.token(someone, "partner")).get("/api/v1/insights/skills").then()
                .statusCode(403);
        given().auth().oauth2(organizer()).header("Accept-Language", "fr").queryParam("region", "atlantis")
                .queryParam("language", "xx-nowhere").queryParam("size", "0").get("/api/v1/insights/skills").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("region"))
                .body("errors.field", hasItem("language"))
                .body("errors.field", hasItem("size"));
    }

    private static String organizer() {
        return Participants.token(Participants.person("organizer"), "organizer");
    }

    /** The skill's row, or an empty map when no one counted wants or shares it. */
    private static Map<String, Object> skill(String region, String language) {
        var request = given().auth().oauth2(organizer()).queryParam("size", 200);
        if (region != null) {
            request.queryParam("region", region);
        }
        if (language != null) {
            request.queryParam("language", language);
        }
        Map<String, Object> row = request.get("/api/v1/insights/skills").then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.skill == '" + SKILL + "' }");
        return row == null ? Map.of() : row;
    }

    private static int count(Map<String, Object> row, String figure) {
        Object value = row.get(figure);
        return value == null ? 0 : ((Number) value).intValue();
    }
}
