package org.letsconnect.registry.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.registry.importing.ImportTestProfile;
import org.letsconnect.registry.participant.SampleProfiles;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The export of profiles in CapX's shape: who may export what, the shape, keyset paging. */
@QuarkusTest
@TestProfile(ImportTestProfile.class)
@WithTestInfrastructure
class CapxExportResourceTest {

    private static final String PATH = "/api/v1/exports/capx";

    @InjectInfrastructure
    DevIssuer issuer;
    private String open;
    private String alsoOpen;
    private String membersOnly;

    @BeforeEach
    void registerThreePeople() {
        String suffix = UUID.randomUUID().toString();
        open = "Capx Open " + suffix;
        alsoOpen = "Capx Also Open " + suffix;
        membersOnly = "Capx Members Only " + suffix;
        register(open, "public");
        register(alsoOpen, "public");
        register(membersOnly, "members");
    }

    @Test
    void organizersExportEveryProfileInCapxShapeWithEmail() {
        Map<String, Map<String, Object>> all = exportAll(issuer.token("Export Organizer", "organizer"), 5);
        Map<String, Object> profile = all.get(open);
        assertNotNull(profile, "the export lacks " + open);
        assertNotNull(all.get(membersOnly), "organizers get members-only profiles too");
        JsonPath capx = JsonPath.from(new io.vertx.core.json.JsonObject(profile).encode());
        assertEquals(open, capx.getString("user.username"));
        assertEquals("capx@example.org", capx.getString("user.email"));
        assertEquals("Capx Person", capx.getString("display_name"));
        assertEquals("she-her", capx.getString("pronoun"));
        assertEquals("I run editathons.", capx.getString("about"));
        assertEquals(List.of("ng"), capx.getList("territory"));
        assertEquals(List.of("ha", "pt-br"), capx.getList("language.language_code"));
        assertEquals(List.of("n", "1"), capx.getList("language.proficiency"));
        assertEquals(List.of("Wikimedia User Group Nigeria"), capx.getList("affiliation"));
        assertEquals(List.of("ha.wikipedia", "wikidata"), capx.getList("wikimedia_project"));
        assertEquals(List.of("Q565"), capx.getList("skills_known"));
        assertEquals(List.of("Q565"), capx.getList("skills_available"));
        assertEquals(List.of("Q54871", "Q2013"), capx.getList("skills_wanted"));
        assertNotNull(capx.getString("last_update"));
        assertEquals(DevIssuer.subjectFor(open), capx.getString("letsconnect.central_user_id"));
        assertEquals("sub-saharan-africa", capx.getString("letsconnect.region"));
        assertEquals("NG", capx.getString("letsconnect.country"));
        assertEquals("Africa/Lagos", capx.getString("letsconnect.time_zone"));
        assertEquals("volunteer-organizer", capx.getString("letsconnect.movement_role"));
        assertEquals(2019, capx.getInt("letsconnect.joined_year"));
        assertTrue(capx.getBoolean("letsconnect.available_for_connections"));
        assertEquals(2, capx.getInt("letsconnect.max_connections"));
        assertEquals("public", capx.getString("letsconnect.visibility"));
        assertEquals("she/her", capx.getString("letsconnect.pronouns"));

        // admins export too
        given().auth().oauth2(issuer.token("Export Admin", "admin")).get(PATH).then().statusCode(200)
                .body("format", is("capx-profile-v1")).body("skills", is("wikidata"));
    }

    @Test
    void aPartnerGetsOnlyPublicProfilesAndNeverAnEmail() {
        String partner = issuer.tokenWithSubject("capx-client", null, "partner");
        Map<String, Map<String, Object>> all = exportAll(partner, 4);
        assertNotNull(all.get(open));
        assertNotNull(all.get(alsoOpen));
        assertNull(all.get(membersOnly), "a partner got a members-only profile");
        all.values().forEach(profile -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> letsconnect = (Map<String, Object>) profile.get("letsconnect");
            assertEquals("public", letsconnect.get("visibility"));
            @SuppressWarnings("unchecked")
            Map<String, Object> user = (Map<String, Object>) profile.get("user");
            assertFalse(user.containsKey("email"));
        });
        given().auth().oauth2(partner).get(PATH + "?size=1000").then().statusCode(200)
                .body(not(containsString("@example.org"))).body(not(containsString("\"email\"")));
    }

    @Test
    void pagesFollowEachOtherInIdOrderWithoutRepeats() {
        String organizer = issuer.token("Export Organizer", "organizer");
        List<String> ids = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Response response = page(organizer, after, 2);
            JsonPath page = response.then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("profiles.letsconnect.participant_id"));
            after = page.getString("next");
            assertTrue(page.getList("profiles").size() <= 2);
            if (after != null) {
                assertEquals(2, page.getList("profiles").size());
                String link = response.header("Link");
                assertNotNull(link, "a page with a next page has a Link header");
                assertTrue(link.contains("after=" + after) && link.contains("rel=\"next\""), link);
            } else {
                assertNull(response.header("Link"));
            }
            pages++;
        } while (after != null && pages < 1000);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "a profile came twice");
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(CapxExportResourceTest::compareAsPostgres);
        assertEquals(sorted, ids);
        assertTrue(ids.size() >= 3);
    }

    @Test
    void participantsCannotExportAndBadParametersAreRefused() {
        given().auth().oauth2(issuer.token("Curious Participant")).get(PATH).then().statusCode(403)
                .contentType("application/problem+json");
        given().get(PATH).then().statusCode(401);
        String organizer = issuer.token("Export Organizer", "organizer");
        given().auth().oauth2(organizer).queryParam("after", "not-a-cursor").get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("after"));
        given().auth().oauth2(organizer).queryParam("size", 0).get(PATH).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(organizer).queryParam("size", 1001).get(PATH).then().statusCode(400)
                .contentType("application/problem+json");
    }

    private Map<String, Map<String, Object>> exportAll(String token, int size) {
        Map<String, Map<String, Object>> byUsername = new HashMap<>();
        Set<String> seen = new HashSet<>();
        String after = null;
        do {
            JsonPath page = page(token, after, size).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> profiles = page.getList("profiles");
            for (Map<String, Object> profile : profiles) {
                @SuppressWarnings("unchecked")
                Map<String, Object> user = (Map<String, Object>) profile.get("user");
                byUsername.put((String) user.get("username"), profile);
            }
            after = page.getString("next");
            assertTrue(after == null || seen.add(after), "the same cursor twice");
        } while (after != null);
        return byUsername;
    }

    private static Response page(String token, String after, int size) {
        var request = given().auth().oauth2(token).queryParam("size", size);
        if (after != null) {
            request = request.queryParam("after", after);
        }
        return request.get(PATH);
    }

    /** PostgreSQL orders uuids by their bytes, unsigned; Java's UUID.compareTo compares signed longs. */
    private static int compareAsPostgres(String a, String b) {
        return a.replace("-", "").compareTo(b.replace("-", ""));
    }

    private void register(String username, String visibility) {
        Map<String, Object> profile = SampleProfiles.complete("Capx Person");
        profile.put("visibility", visibility);
        profile.put("email", "capx@example.org");
        given().auth().oauth2(issuer.token(username)).contentType(ContentType.JSON).body(profile).put("/api/v1/me")
                .then().statusCode(201);
    }
}
