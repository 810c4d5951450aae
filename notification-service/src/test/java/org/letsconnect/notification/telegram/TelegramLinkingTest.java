package org.letsconnect.notification.telegram;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/** Linking Telegram with a one-time deep link, through the REST API and the bot's webhook. */
@QuarkusTest
@WithTestInfrastructure
class TelegramLinkingTest extends NotificationTest {

    private static final String WEBHOOK = "/api/v1/channels/telegram/webhook";
    static final String SECRET = "test-webhook-secret";

    @Inject
    TelegramChannelLinks links;

    @Test
    void aParticipantLinksTheirChatOnceWithTheDeepLink() {
        Person amina = person("Amina Link " + suffix(), "ha", "Africa/Lagos", List.of(), List.of("ha"), true);
        String token = issuer.token(amina.username());
        long chat = newChat();

        telegramOf(token).body("linked", is(false));
        String linkToken = linkToken(token);

        webhook(SECRET, start(chat, linkToken, "ha")).statusCode(200)
                .body("method", is("sendMessage"))
                .body("chat_id", is(chat))
                .body("text", containsString("Let's Connect"));

        telegramOf(token).body("linked", is(true)).body("available", is(true))
                .body("linkedAt", startsWith("20")).body("disabledReason", nullValue());
        assertEquals(Optional.of(chat), chatIdOf(amina));
        // the chat id is shown to nobody, not even its owner
        given().auth().oauth2(token).get("/api/v1/me/channels").then().statusCode(200)
                .body(not(containsString(Long.toString(chat))));

        // the same token again, from another chat: spent, links nothing, and Telegram is told 200 (no retries)
        long otherChat = newChat();
        webhook(SECRET, start(otherChat, linkToken, "en")).statusCode(200)
                .body("chat_id", is(otherChat)).body("text", containsString("expired or was used already"));
        assertEquals(Optional.of(chat), chatIdOf(amina));
    }

    @Test
    void anotherParticipantsTokenNeverLinksToYou() {
        Person amina = person("Amina Own " + suffix(), "en", "UTC", List.of(), List.of("en"), true);
        Person bello = person("Bello Other " + suffix(), "en", "UTC", List.of(), List.of("en"), true);
        String aminaToken = issuer.token(amina.username());
        String belloToken = issuer.token(bello.username());
        long aminaChat = newChat();
        long belloChat = newChat();
        webhook(SECRET, start(aminaChat, linkToken(aminaToken), "en")).statusCode(200);

        // Bello's link, opened in Bello's chat, links Bello, and only Bello
        webhook(SECRET, start(belloChat, linkToken(belloToken), "en")).statusCode(200);

        assertEquals(Optional.of(aminaChat), chatIdOf(amina));
        assertEquals(Optional.of(belloChat), chatIdOf(bello));
        given().auth().oauth2(aminaToken).get("/api/v1/me/channels").then().statusCode(200)
                .body(not(containsString(Long.toString(belloChat))));
    }

    @Test
    void askingAgainMakesTheEarlierLinkStopWorkingAndAnExpiredLinkLinksNothing() {
        Person chidi = person("Chidi Again " + suffix(), "en", "UTC", List.of(), List.of("en"), true);
        String token = issuer.token(chidi.username());
        String first = linkToken(token);
        String second = linkToken(token);

        webhook(SECRET, start(newChat(), first, "en")).statusCode(200);
        assertEquals(Optional.empty(), chatIdOf(chidi));

        onVertx(() -> Panache.withTransaction(() -> TelegramLinkToken.update(
                "expiresAt = ?1 where participantId = ?2", Instant.now().minusSeconds(1), chidi.participantId())));
        webhook(SECRET, start(newChat(), second, "en")).statusCode(200);
        assertEquals(Optional.empty(), chatIdOf(chidi));
        telegramOf(token).body("linked", is(false));
    }

    @Test
    void theWebhookRefusesCallsWithoutTheRightSecretAndStoresNothing() {
        Person dayo = person("Dayo Secret " + suffix(), "en", "UTC", List.of(), List.of("en"), true);
        String linkToken = linkToken(issuer.token(dayo.username()));
        long chat = newChat();

        webhook("wrong-secret", start(chat, linkToken, "en")).statusCode(403)
                .contentType("application/problem+json").body("type", is("urn:letsconnect:problem:forbidden"));
        given().contentType(ContentType.JSON).body(start(chat, linkToken, "en").encode()).post(WEBHOOK)
                .then().statusCode(401).contentType("application/problem+json");
        assertEquals(Optional.empty(), chatIdOf(dayo));

        // the token was not spent by the refused calls
        webhook(SECRET, start(chat, linkToken, "en")).statusCode(200);
        assertEquals(Optional.of(chat), chatIdOf(dayo));
    }

    @Test
    void blockingTheBotTurnsTheChannelOffAndLinkingAgainTurnsItOn() {
        Person efe = person("Efe Blocks " + suffix(), "en", "UTC", List.of(), List.of("en"), true);
        String token = issuer.token(efe.username());
        long chat = newChat();
        webhook(SECRET, start(chat, linkToken(token), "en")).statusCode(200);

        onVertx(() -> links.disable(efe.participantId(), "blocked"));
        assertEquals(Optional.empty(), chatIdOf(efe));
        telegramOf(token).body("linked", is(true)).body("disabledReason", is("blocked"));

        webhook(SECRET, start(chat, linkToken(token), "en")).statusCode(200);
        assertEquals(Optional.of(chat), chatIdOf(efe));
        telegramOf(token).body("disabledReason", nullValue());

        // blocked in Telegram itself: the bot hears of it as a membership change
        webhook(SECRET, new JsonObject().put("update_id", 2).put("my_chat_member", new JsonObject()
                .put("chat", new JsonObject().put("id", chat).put("type", "private"))
                .put("new_chat_member", new JsonObject().put("status", "kicked")))).statusCode(200);
        assertEquals(Optional.empty(), chatIdOf(efe));
    }

    @Test
    void unlinkingStopsTheChannel() {
        Person femi = person("Femi Unlinks " + suffix(), "en", "UTC", List.of(), List.of("en"), true);
        String token = issuer.token(femi.username());
        webhook(SECRET, start(newChat(), linkToken(token), "en")).statusCode(200);

        given().auth().oauth2(token).delete("/api/v1/me/channels/telegram").then().statusCode(204);
        telegramOf(token).body("linked", is(false));
        assertEquals(Optional.empty(), chatIdOf(femi));
        given().auth().oauth2(token).delete("/api/v1/me/channels/telegram").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void erasureForgetsTheLinkAndPendingLinks() {
        Person gozie = person("Gozie Erased " + suffix(), "en", "UTC", List.of(), List.of("en"), true);
        String token = issuer.token(gozie.username());
        webhook(SECRET, start(newChat(), linkToken(token), "en")).statusCode(200);
        linkToken(token);

        events.publish(EventType.PARTICIPANT_ERASED,
                new ParticipantErased(gozie.participantId().toString(), gozie.subject(), Instant.now()));

        await().atMost(WAIT).until(() -> inSession(() -> TelegramLink.count("participantId", gozie.participantId()))
                + inSession(() -> TelegramLinkToken.count("participantId", gozie.participantId())) == 0);
    }

    @Test
    void channelsAreForSignedInParticipantsKnownHere() {
        given().get("/api/v1/me/channels").then().statusCode(401).contentType("application/problem+json");
        given().post("/api/v1/me/channels/telegram").then().statusCode(401);
        given().auth().oauth2(issuer.token("Nobody Registered " + suffix())).post("/api/v1/me/channels/telegram")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("not known"));
    }

    @Test
    void theOverviewNamesEveryChannel() {
        Person hadiza = person("Hadiza Overview " + suffix(), "en", "UTC", List.of(), List.of("en"), false);
        given().auth().oauth2(issuer.token(hadiza.username())).get("/api/v1/me/channels").then().statusCode(200)
                .body("channels.channel", is(List.of("email", "in-app", "telegram", "talk-page")))
                .body("channels.find { it.channel == 'email' }.linked", is(false))
                .body("channels.find { it.channel == 'talk-page' }.page", is("User_talk:" + hadiza.username()));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static ValidatableResponse telegramOf(String token) {
        return given().auth().oauth2(token).get("/api/v1/me/channels").then().statusCode(200)
                .rootPath("channels.find { it.channel == 'telegram' }");
    }

    /** Asks for a deep link and returns its one-time token. */
    static String linkToken(String token) {
        String link = given().auth().oauth2(token).post("/api/v1/me/channels/telegram").then().statusCode(200)
                .body("link", startsWith("https://t.me/LetsConnectTestBot?start="))
                .body("expiresAt", startsWith("20"))
                .extract().path("link");
        String start = link.substring(link.indexOf("?start=") + 7);
        assertEquals(43, start.length());
        return start;
    }

    static JsonObject start(long chat, String linkToken, String language) {
        return new JsonObject().put("update_id", ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE))
                .put("message", new JsonObject().put("message_id", 1).put("date", Instant.now().getEpochSecond())
                        .put("chat", new JsonObject().put("id", chat).put("type", "private"))
                        .put("from", new JsonObject().put("id", chat).put("is_bot", false).put("first_name", "X")
                                .put("language_code", language))
                        .put("text", "/start " + linkToken));
    }

    static ValidatableResponse webhook(String secret, JsonObject update) {
        return given().header("X-Telegram-Bot-Api-Secret-Token", secret).contentType(ContentType.JSON)
                .body(update.encode()).post(WEBHOOK).then();
    }

    private Optional<Long> chatIdOf(Person person) {
        return onVertx(() -> links.chatIdOf(person.participantId()));
    }

    private static <T> T onVertx(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work::get);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Beyond the int range, so JSON readers see a long as Telegram's chat ids are. */
    static long newChat() {
        return ThreadLocalRandom.current().nextLong(3_000_000_000L, 9_000_000_000L);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
