package org.letsconnect.notification.telegram;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Telegram's webhook is rate limited per client address, before the secret is looked at. The test profile allows 60 an
 * hour and trusts X-Forwarded-For, so each test is its own client.
 */
@QuarkusTest
@WithTestInfrastructure
class TelegramWebhookRateLimitTest extends NotificationTest {

    private static final int PER_ADDRESS = 60;
    private static final String UPDATE = "{\"update_id\": 1}";

    @Test
    void guessingTheSecretIsRefusedAfterTheLimitAndTelegramIsNot() {
        String guesser = address();
        for (int i = 0; i < PER_ADDRESS; i++) {
            update(guesser, "guess-" + i, "en").statusCode(403);
        }
        update(guesser, TelegramLinkingTest.SECRET, "es").statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", is("urn:letsconnect:problem:too-many-requests"))
                .body("detail", startsWith("Demasiadas solicitudes."));

        String telegram = address();
        for (int i = 0; i < 10; i++) {
            update(telegram, TelegramLinkingTest.SECRET, "en").statusCode(200);
        }
    }

    private static ValidatableResponse update(String address, String secret, String language) {
        return given().header("X-Forwarded-For", address).header("Accept-Language", language)
                .header("X-Telegram-Bot-Api-Secret-Token", secret).contentType(ContentType.JSON).body(UPDATE)
                .post("/api/v1/channels/telegram/webhook").then();
    }

    /** A client address of its own (198.18.0.0/15 is set aside for tests). */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
