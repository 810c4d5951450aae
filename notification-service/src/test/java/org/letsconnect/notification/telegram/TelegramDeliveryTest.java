package org.letsconnect.notification.telegram;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.BadgeAwarded;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.TelegramStandIn;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** From the event to the chat: a participant who linked the bot and chose Telegram for badges gets them there. */
@QuarkusTest
@WithTestInfrastructure(smtp = true)
class TelegramDeliveryTest extends NotificationTest {

    @InjectInfrastructure
    TelegramStandIn telegram;

    @Test
    void aLinkedChatGetsTheCategoryItChoseAndABlockedBotTurnsTheChannelOff() {
        Person kwame = person("Kwame " + UUID.randomUUID(), "en", "Africa/Accra", List.of(), List.of("en"), true);
        String token = issuer.token(kwame.username());
        long chat = TelegramLinkingTest.newChat();
        TelegramLinkingTest.webhook(TelegramLinkingTest.SECRET,
                TelegramLinkingTest.start(chat, TelegramLinkingTest.linkToken(token), "en")).statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"categories\": {\"badges\": {\"email\": false, \"in-app\": false, \"telegram\": true}}}")
                .put("/api/v1/me/preferences").then().statusCode(200);

        award(kwame, "regular-3");
        await().atMost(WAIT).until(() -> !telegram.messagesTo(chat).isEmpty());
        assertTrue(telegram.messagesTo(chat).get(0).text().contains("Regular: 3 sessions"),
                telegram.messagesTo(chat).get(0).text());

        // the person blocks the bot: the next badge fails for good and the channel is off until they link again
        telegram.blocked(chat);
        award(kwame, "sharer");
        await().atMost(WAIT).until(() -> failedOnTelegram(kwame) != null);
        assertEquals("blocked", failedOnTelegram(kwame).reason);
        given().auth().oauth2(token).get("/api/v1/me/channels").then().statusCode(200)
                .rootPath("channels.find { it.channel == 'telegram' }").body("disabledReason", is("blocked"));
        assertEquals(1, telegram.messagesTo(chat).size(), "nothing more reached the chat");
    }

    private void award(Person person, String badge) {
        events.publish(EventType.BADGE_AWARDED, new BadgeAwarded(UUID.randomUUID().toString(),
                person.participantId().toString(), badge, null, Instant.now()));
    }

    private static Delivery failedOnTelegram(Person person) {
        for (Notification notification : notificationsFor(person.participantId())) {
            for (Delivery delivery : deliveriesOf(notification)) {
                if (delivery.channel.equals("telegram") && delivery.status.equals(Delivery.FAILED)) {
                    return delivery;
                }
            }
        }
        return null;
    }
}
