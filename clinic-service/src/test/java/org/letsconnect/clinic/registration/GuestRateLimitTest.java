package org.letsconnect.clinic.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.letsconnect.clinic.ClinicApiTest;
import org.letsconnect.clinic.SpaceRequests;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The endpoints that need no sign-in are rate limited per client address and per space. The test profile sets small
 * limits (60 an hour per address, 30 per space) and trusts X-Forwarded-For, so each test is its own client.
 */
@QuarkusTest
@WithTestInfrastructure
class GuestRateLimitTest extends ClinicApiTest {

    private static final int PER_ADDRESS = 60;
    private static final int PER_SPACE = 30;

    @Test
    void aClientAddressIsRefusedAfterItsLimitAndOthersAreNot() {
        String address = address();
        // spaces that do not exist: every request is counted before it is looked at, and each space is new
        for (int i = 0; i < PER_ADDRESS; i++) {
            register(address, UUID.randomUUID().toString(), "en").statusCode(404);
        }
        ValidatableResponse refused = register(address, UUID.randomUUID().toString(), "fr").statusCode(429)
                .contentType("application/problem+json").header("Content-Language", "fr")
                .body("type", is("urn:letsconnect:problem:too-many-requests")).body("status", is(429))
                .body("title", is("Trop de requêtes"))
                .body("detail", startsWith("Trop de requêtes. Veuillez réessayer dans "));
        long retryAfter = Long.parseLong(refused.extract().header("Retry-After"));
        // 60 an hour refill one a minute
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

        register(address(), UUID.randomUUID().toString(), "en").statusCode(404);
    }

    @Test
    void aSpaceIsRefusedAfterItsLimitWhoeverAsksAndOtherSpacesAreNot() {
        String space = UUID.randomUUID().toString();
        for (int i = 0; i < PER_SPACE; i++) {
            register(address(), space, "en").statusCode(404);
        }
        register(address(), space, "es").statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", is("urn:letsconnect:problem:too-many-requests"))
                .body("detail", startsWith("Demasiadas solicitudes."));
        register(address(), UUID.randomUUID().toString(), "en").statusCode(404);
    }

    @Test
    void guestsRegisteringAsUsualAreNotLimited() {
        String space = SpaceRequests.open(organizer, SpaceRequests.clinic(30, 20));
        String address = address();
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                    .body(guestBody("Guest " + i, "guest." + UUID.randomUUID() + "@example.org"))
                    .post("/api/v1/clinics/{id}/guest-registrations", space).then().statusCode(201);
        }
    }

    @Test
    void signedInCallersAreNotLimited() {
        String address = address();
        String space = UUID.randomUUID().toString();
        for (int i = 0; i < PER_ADDRESS + 5; i++) {
            given().auth().oauth2(organizer).header("X-Forwarded-For", address).contentType(ContentType.JSON)
                    .body(guestBody("Guest", "guest@example.org"))
                    .post("/api/v1/clinics/{id}/guest-registrations", space).then().statusCode(404);
        }
    }

    @Test
    void readingAndCancellingWithoutSignInAreLimitedToo() {
        String address = address();
        String space = UUID.randomUUID().toString();
        for (int i = 0; i < PER_SPACE / 2; i++) {
            given().header("X-Forwarded-For", address).header("X-Cancel-Token", "not-the-token")
                    .get("/api/v1/clinics/{id}/registrations/{r}", space, UUID.randomUUID()).then().statusCode(404);
            given().header("X-Forwarded-For", address).queryParam("cancelToken", "not-the-token")
                    .delete("/api/v1/clinics/{id}/registrations/{r}", space, UUID.randomUUID()).then()
                    .statusCode(404);
        }
        given().header("X-Forwarded-For", address()).header("Accept-Language", "ar")
                .delete("/api/v1/clinics/{id}/registrations/{r}", space, UUID.randomUUID()).then().statusCode(429)
                .contentType("application/problem+json").header("Content-Language", "ar")
                .body("type", is("urn:letsconnect:problem:too-many-requests"))
                .body("detail", startsWith("طلبات كثيرة جدًا."));
        // the guest-registration limits are their own
        register(address, space, "en").statusCode(404);
    }

    private static ValidatableResponse register(String address, String space, String language) {
        return given().header("X-Forwarded-For", address).header("Accept-Language", language)
                .contentType(ContentType.JSON).body(guestBody("Guest", "guest@example.org"))
                .post("/api/v1/clinics/{id}/guest-registrations", space).then();
    }

    /** A client address of its own (198.18.0.0/15 is set aside for tests). */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static Map<String, Object> guestBody(String name, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("language", "en");
        body.put("timeZone", "Africa/Lagos");
        return body;
    }
}
