package org.letsconnect.registry.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.Refusals;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The directory, a single profile and the CapX export show each kind of caller the same profiles
 * ({@link ProfileVisibility}): a members-only profile is hidden from partner platforms in all three, also from a
 * partner's token that names a person, and shown to participants, organizers and admins; without a token all three
 * refuse alike, whether the profile exists or not.
 */
@QuarkusTest
@WithTestInfrastructure
class ProfileVisibilityTest {

    private static final String EXPORT = "/api/v1/exports/capx";

    @InjectInfrastructure
    DevIssuer issuer;

    private String word;
    private String open;
    private String membersOnly;

    @BeforeEach
    void registerAPublicAndAMembersOnlyProfile() {
        word = "Visibility" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        open = register("Open " + word, "public");
        membersOnly = register("Members " + word, "members");
    }

    @Test
    void theDirectoryASingleReadAndTheExportAgreeForEveryKindOfCaller() {
        String run = UUID.randomUUID().toString();
        Set<String> both = Set.of(open, membersOnly);
        Set<String> publicOnly = Set.of(open);
        List<Expectation> callers = List.of(
                new Expectation("participant", issuer.token("Reader " + run), both, false, false),
                new Expectation("partner platform", issuer.tokenWithSubject("capx-client-" + run, null, "partner"),
                        publicOnly, true, false),
                new Expectation("partner naming a person", issuer.token("CapX Staff " + run, "partner"),
                        publicOnly, true, false),
                new Expectation("organizer", issuer.token("Organizer " + run, "organizer"), both, true, true),
                new Expectation("admin", issuer.token("Admin " + run, "admin"), both, true, true));
        for (Expectation caller : callers) {
            assertEquals(caller.sees(), directory(caller.token()), caller.kind() + " in the directory");
            assertEquals(caller.sees(), singleReads(caller), caller.kind() + " reading each profile");
            if (caller.exports()) {
                assertEquals(caller.sees(), exported(caller), caller.kind() + " in the CapX export");
            } else {
                given().auth().oauth2(caller.token()).get(EXPORT).then().statusCode(403);
            }
        }
    }

    @Test
    void withoutATokenEveryReadIsRefusedAlikeWhetherTheProfileExistsOrNot() {
        Map<String, Object> refusal = refusal(given().get("/api/v1/participants/{id}", membersOnly));
        assertEquals(refusal, refusal(given().get("/api/v1/participants/{id}", open)));
        assertEquals(refusal, refusal(given().get("/api/v1/participants/{id}", UUID.randomUUID())));
        assertEquals(refusal, refusal(given().queryParam("q", word).get("/api/v1/participants")));
        assertEquals(refusal, refusal(given().get(EXPORT)));
        assertEquals(401, refusal.get("status"));
    }

    private Set<String> directory(String token) {
        JsonPath page = given().auth().oauth2(token).queryParam("q", word).get("/api/v1/participants").then()
                .statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("items.id");
        assertEquals(ids.size(), page.getInt("total"), "the total counts what the page shows");
        return Set.copyOf(ids);
    }

    /** The profiles the caller reads one by one; an invisible one must be as absent as one that does not exist. */
    private Set<String> singleReads(Expectation caller) {
        Set<String> read = new HashSet<>();
        for (String id : List.of(open, membersOnly)) {
            Response response = given().auth().oauth2(caller.token()).get("/api/v1/participants/{id}", id);
            if (response.statusCode() == 200) {
                read.add(id);
                assertEquals(caller.seesEmail(), response.jsonPath().getString("email") != null,
                        caller.kind() + " and the e-mail address");
            } else {
                response.then().statusCode(404).contentType("application/problem+json");
                assertEquals(refusal(given().auth().oauth2(caller.token()).get("/api/v1/participants/{id}",
                        UUID.randomUUID())), refusal(response), "a hidden profile answers as an unknown one");
            }
        }
        return read;
    }

    /** The registered profiles the caller's export holds, paging through it all. */
    private Set<String> exported(Expectation caller) {
        Set<String> ours = Set.of(open, membersOnly);
        Set<String> exported = new HashSet<>();
        String after = null;
        do {
            RequestSpecification request = given().auth().oauth2(caller.token()).queryParam("size", 1000);
            JsonPath page = (after == null ? request : request.queryParam("after", after)).get(EXPORT).then()
                    .statusCode(200).extract().jsonPath();
            List<Map<String, Object>> profiles = page.getList("profiles");
            for (Map<String, Object> profile : profiles) {
                @SuppressWarnings("unchecked")
                String id = (String) ((Map<String, Object>) profile.get("letsconnect")).get("participant_id");
                if (ours.contains(id)) {
                    exported.add(id);
                    @SuppressWarnings("unchecked")
                    Object email = ((Map<String, Object>) profile.get("user")).get("email");
                    assertEquals(caller.seesEmail(), email != null, caller.kind() + " and e-mail in the export");
                }
            }
            after = page.getString("next");
        } while (after != null);
        return exported;
    }

    /** A refusal without the path and the id it was for. */
    private static Map<String, Object> refusal(Response response) {
        return Refusals.comparable(response);
    }

    private String register(String displayName, String visibility) {
        Map<String, Object> profile = SampleProfiles.complete(displayName);
        profile.put("visibility", visibility);
        return given().auth().oauth2(issuer.token(displayName + " " + UUID.randomUUID()))
                .contentType(ContentType.JSON).body(profile).put("/api/v1/me").then().statusCode(201)
                .body("visibility", is(visibility)).extract().path("id");
    }

    /**
     * @param sees the registered profiles this kind of caller must see
     * @param exports whether the CapX export admits them
     * @param seesEmail whether they see the e-mail address of someone else's profile
     */
    private record Expectation(String kind, String token, Set<String> sees, boolean exports, boolean seesEmail) {
    }
}
