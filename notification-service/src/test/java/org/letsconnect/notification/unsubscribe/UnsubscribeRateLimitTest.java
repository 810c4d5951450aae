package org.letsconnect.notification.unsubscribe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.preference.NotificationPreferences;
import org.letsconnect.notification.preference.PreferenceApiTest;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The unsubscribe link is rate limited per client address, the page and the one-click together. The test profile allows
 * 60 an hour and trusts X-Forwarded-For, so each test is its own client.
 */
@QuarkusTest
@WithTestInfrastructure(smtp = true)
class UnsubscribeRateLimitTest extends PreferenceApiTest {

    private static final int PER_ADDRESS = 60;

    @Inject
    UnsubscribeLinks links;
    @Inject
    NotificationPreferences preferences;

    @Test
    void aClientTryingLinksIsRefusedAfterItsLimitAndOthersAreNot() {
        String address = address();
        for (int i = 0; i < PER_ADDRESS / 2; i++) {
            given().header("X-Forwarded-For", address).get("/api/v1/unsubscribe/forged" + i).then().statusCode(404);
            given().header("X-Forwarded-For", address).post("/api/v1/unsubscribe/forged" + i).then().statusCode(404);
        }
        Person amina = participant("en", "Africa/Lagos");
        String path = path(RecipientKind.PARTICIPANT, amina, Category.OUTREACH);
        // even a real link: the address has used up its requests
        given().header("X-Forwarded-For", address).header("Accept-Language", "fr")
                .contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").post(path).then()
                .statusCode(429).contentType("application/problem+json").header("Content-Language", "fr")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", is("urn:letsconnect:problem:too-many-requests")).body("title", is("Trop de requêtes"))
                .body("detail", startsWith("Trop de requêtes. Veuillez réessayer dans "));
        given().header("X-Forwarded-For", address).accept("text/html").get(path).then().statusCode(429)
                .contentType("application/problem+json");
        assertEquals(List.of(Channel.EMAIL, Channel.IN_APP), channels(amina, Category.OUTREACH),
                "the refused click changed nothing");

        given().header("X-Forwarded-For", address()).contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click").post(path).then().statusCode(200);
        assertEquals(List.of(), channels(amina, Category.OUTREACH));
    }

    @Test
    void aPersonOpeningAndClickingTheirLinksIsNotLimited() {
        String address = address();
        Person bello = participant("en", "UTC");
        for (String category : List.of(Category.OUTREACH, Category.REMINDERS, "all")) {
            String path = path(RecipientKind.PARTICIPANT, bello, category);
            given().header("X-Forwarded-For", address).accept("text/html").get(path).then().statusCode(200);
            given().header("X-Forwarded-For", address).get(path).then().statusCode(200);
            given().header("X-Forwarded-For", address).accept("text/html").contentType(ContentType.URLENC)
                    .formParam("List-Unsubscribe", "One-Click").post(path).then().statusCode(200);
        }
    }

    private List<String> channels(Person person, String category) {
        return inSession(() -> preferences.channels(RecipientKind.PARTICIPANT, person.participantId(), category));
    }

    private String path(RecipientKind kind, Person person, String category) {
        return URI.create(links.oneClickUrl(kind, person.participantId(), category)).getPath()
                .replaceFirst("^.*(/api/v1/unsubscribe/)", "$1");
    }

    /** A client address of its own (198.18.0.0/15 is set aside for tests). */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
