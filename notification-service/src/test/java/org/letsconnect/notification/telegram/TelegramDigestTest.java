package org.letsconnect.notification.telegram;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.BadgeAwarded;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.TelegramStandIn;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A daily digest on Telegram: what it holds reaches the chat as one message at the release time. */
@QuarkusTest
@WithTestInfrastructure(smtp = true)
class TelegramDigestTest extends NotificationTest {

    @InjectInfrastructure
    TelegramStandIn telegram;

    @Test
    void whatADigestHoldsForTelegramReachesTheChatAsOneMessage() throws Exception {
        Person esi = person("Esi " + UUID.randomUUID(), "en", "Africa/Accra", List.of(), List.of("en"), true);
        String token = issuer.token(esi.username());
        long chat = TelegramLinkingTest.newChat();
        TelegramLinkingTest.webhook(TelegramLinkingTest.SECRET,
                TelegramLinkingTest.start(chat, TelegramLinkingTest.linkToken(token), "en")).statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"digest\": \"daily\", \"categories\": {\"badges\": {\"email\": false, \"in-app\": false,"
                        + " \"telegram\": true}}}")
                .put("/api/v1/me/preferences").then().statusCode(200);

        award(esi, "regular-3");
        award(esi, "sharer");
        List<Delivery> held = await().atMost(WAIT).until(() -> telegramDeliveries(esi),
                deliveries -> deliveries.size() == 2 && deliveries.stream().allMatch(d -> d.digestId != null));
        UUID digestId = held.get(0).digestId;
        assertEquals(digestId, held.get(1).digestId);
        assertEquals(List.of(), telegram.messagesTo(chat));

        // the release time has come
        inSession(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("update digest set release_at = now() - interval '1 second' where id = :id")
                .setParameter("id", digestId).executeUpdate())));
        // recorded as sent: the message went out before, and nothing sends the digest again after
        await().atMost(WAIT).until(() -> telegramDeliveries(esi).stream()
                .allMatch(delivery -> Delivery.SENT.equals(delivery.status)));
        assertEquals(1, telegram.messagesTo(chat).size(), "one message for the digest");
        String text = telegram.messagesTo(chat).get(0).text();
        assertTrue(text.contains("2 updates from Let's Connect"), text);
        assertTrue(text.contains("Regular: 3 sessions") && text.contains("Sharer"), text);
    }

    private void award(Person person, String badge) {
        events.publish(EventType.BADGE_AWARDED, new BadgeAwarded(UUID.randomUUID().toString(),
                person.participantId().toString(), badge, null, Instant.now()));
    }

    private static List<Delivery> telegramDeliveries(Person person) {
        List<Delivery> deliveries = new ArrayList<>();
        for (Notification notification : notificationsFor(person.participantId())) {
            for (Delivery delivery : deliveriesOf(notification)) {
                if (delivery.channel.equals(Channel.TELEGRAM)) {
                    deliveries.add(delivery);
                }
            }
        }
        return deliveries;
    }
}
