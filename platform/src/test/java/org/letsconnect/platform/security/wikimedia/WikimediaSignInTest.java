package org.letsconnect.platform.security.wikimedia;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/**
 * Sign-in as in prod: every bearer token is verified by asking (a stand-in for) Meta-Wiki's profile endpoint, the
 * answer is remembered, and the person is keyed on the profile's {@code sub}.
 */
@QuarkusTest
@TestProfile(ProfileVerificationTestProfile.class)
@WithTestInfrastructure
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WikimediaSignInTest {

    private static final String PROBLEM = "application/problem+json";

    @InjectInfrastructure
    DevIssuer issuer;

    @Test
    @Order(1)
    void aValidTokenSignsInThePersonOfTheProfileAndIsRemembered() {
        long centralId = 70_000_000L + (System.nanoTime() % 1_000_000);
        String token = token(profile(centralId, "Wiki Person", false), ProfileVerificationTestProfile.CLIENT_ID);
        int before = standInCalls();

        given().auth().oauth2(token).get("/test/wikimedia/me")
                .then().statusCode(200)
                .body("subject", is(String.valueOf(centralId)))
                .body("principal", is(String.valueOf(centralId)))
                .body("username", is("Wiki Person"))
                .body("roles", contains("participant"));
        assertEquals(before + 1, standInCalls());

        given().auth().oauth2(token).get("/test/wikimedia/me")
                .then().statusCode(200)
                .body("subject", is(String.valueOf(centralId)));
        assertEquals(before + 1, standInCalls(), "the second request is answered from the cache");
    }

    @Test
    @Order(2)
    void aTokenMetaWikiRefusesIsUnauthorized() {
        int before = standInCalls();
        given().auth().oauth2(unknownToken()).get("/test/wikimedia/me")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", is("urn:letsconnect:problem:unauthorized"));
        assertEquals(before + 1, standInCalls());
    }

    @Test
    @Order(3)
    void theDevelopmentIssuersTokensAreNotTrusted() {
        given().auth().oauth2(issuer.token("Amina")).get("/test/wikimedia/me")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @Order(4)
    void expiredTokensAndTokensForOtherConsumersAreRefusedWithoutAskingMetaWiki() {
        int before = standInCalls();
        JsonObject expired = new JsonObject().put("aud", ProfileVerificationTestProfile.CLIENT_ID)
                .put("exp", Instant.now().minusSeconds(120).getEpochSecond())
                .put("test_profile", profile(123, "Late Person", false));
        given().auth().oauth2(WikimediaProfileTest.jwt(expired)).get("/test/wikimedia/me")
                .then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(token(profile(124, "Elsewhere", false), "another-consumer"))
                .get("/test/wikimedia/me")
                .then().statusCode(401).contentType(PROBLEM);
        assertEquals(before, standInCalls());
    }

    @Test
    @Order(5)
    void aBlockedAccountIsRefused() {
        given().auth().oauth2(token(profile(125, "Blocked Person", true), ProfileVerificationTestProfile.CLIENT_ID))
                .get("/test/wikimedia/me")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", is("urn:letsconnect:problem:forbidden"));
    }

    @Test
    @Order(6)
    void noTokenIsUnauthorized() {
        given().get("/test/wikimedia/me").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    @Order(99)
    void metaWikiTooSlowIsServiceUnavailable() {
        JsonObject slow = new JsonObject().put("aud", ProfileVerificationTestProfile.CLIENT_ID)
                .put("jti", UUID.randomUUID().toString())
                .put("exp", Instant.now().plusSeconds(3600).getEpochSecond())
                .put("test_delay_ms", 4000)
                .put("test_profile", profile(127, "Slow Person", false));
        long started = System.nanoTime();
        given().auth().oauth2(WikimediaProfileTest.jwt(slow)).get("/test/wikimedia/me")
                .then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", "10")
                .body("type", is("urn:letsconnect:problem:sign-in-unavailable"));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis < 3900, "answered after the 2 s timeout, not after Meta-Wiki: " + tookMillis + " ms");
    }

    @Test
    @Order(100)
    void metaWikiDownIsServiceUnavailableNotUnauthorized() throws Exception {
        String token = token(profile(126, "Patient Person", false), ProfileVerificationTestProfile.CLIENT_ID);
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(standIn("/stand-in/down"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        Thread.sleep(300);

        given().auth().oauth2(token).get("/test/wikimedia/me")
                .then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", "10")
                .body("type", is("urn:letsconnect:problem:sign-in-unavailable"));
    }

    private static JsonObject profile(long centralId, String username, boolean blocked) {
        return new JsonObject().put("sub", centralId).put("username", username).put("editcount", 10)
                .put("confirmed_email", false).put("blocked", blocked).put("registered", "20200101000000")
                .put("groups", new io.vertx.core.json.JsonArray().add("user"))
                .put("rights", new io.vertx.core.json.JsonArray().add("read"))
                .put("grants", new io.vertx.core.json.JsonArray().add("mwoauth-authonly"));
    }

    /** A Meta-Wiki-like access token the stand-in accepts, answering with the given profile. */
    private static String token(JsonObject profile, String clientId) {
        return WikimediaProfileTest.jwt(new JsonObject()
                .put("aud", clientId)
                .put("jti", UUID.randomUUID().toString())
                .put("iss", "https://meta.wikimedia.org")
                .put("sub", "mw:CentralAuth::" + profile.getValue("sub"))
                .put("exp", Instant.now().plusSeconds(3600).getEpochSecond() + 0.25)
                .put("test_profile", profile));
    }

    private static String unknownToken() {
        return WikimediaProfileTest.jwt(new JsonObject().put("aud", ProfileVerificationTestProfile.CLIENT_ID)
                .put("jti", UUID.randomUUID().toString())
                .put("exp", Instant.now().plusSeconds(3600).getEpochSecond()));
    }

    private static int standInCalls() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(standIn("/stand-in/calls")).build(), HttpResponse.BodyHandlers.ofString());
            return Integer.parseInt(response.body().trim());
        } catch (Exception e) {
            throw new IllegalStateException("The Meta-Wiki stand-in does not answer", e);
        }
    }

    private static URI standIn(String path) {
        URI profileUrl = URI.create(ConfigProvider.getConfig()
                .getValue("letsconnect.security.wikimedia.profile-url", String.class));
        return profileUrl.resolve(path);
    }
}
