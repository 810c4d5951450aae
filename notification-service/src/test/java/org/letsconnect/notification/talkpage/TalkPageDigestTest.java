package org.letsconnect.notification.talkpage;

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
import org.letsconnect.testkit.DevIssuer.TalkPageEdit;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A daily digest on the talk page: what it holds is posted as one new section, with one marker, in French. */
@QuarkusTest
@WithTestInfrastructure(smtp = true)
class TalkPageDigestTest extends NotificationTest {

    @Test
    void whatADigestHoldsForTheTalkPageIsPostedAsOneSection() throws Exception {
        Person celine = person("Céline Digest " + UUID.randomUUID().toString().substring(0, 8), "fr", "Europe/Paris",
                List.of(), List.of("fr"), true);
        given().auth().oauth2(issuer.token(celine.username())).contentType(ContentType.JSON)
                .body("{\"digest\": \"daily\", \"categories\": {\"badges\": {\"email\": false, \"in-app\": false,"
                        + " \"talk-page\": true}}}")
                .put("/api/v1/me/preferences").then().statusCode(200);

        award(celine, "regular-3");
        award(celine, "sharer");
        List<Delivery> held = await().atMost(WAIT).until(() -> talkPageDeliveries(celine),
                deliveries -> deliveries.size() == 2 && deliveries.stream().allMatch(d -> d.digestId != null));
        UUID digestId = held.get(0).digestId;
        assertEquals(digestId, held.get(1).digestId, "both in the same digest");
        String page = "User talk:" + celine.username();
        assertEquals(List.of(), issuer.talkPageEdits(page), "nothing posted before the release");

        // the release time has come
        inSession(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("update digest set release_at = now() - interval '1 second' where id = :id")
                .setParameter("id", digestId).executeUpdate())));
        await().atMost(WAIT).until(() -> talkPageDeliveries(celine).stream()
                .allMatch(delivery -> Delivery.SENT.equals(delivery.status)));
        List<TalkPageEdit> edits = issuer.talkPageEdits(page);
        assertEquals(1, edits.size(), "one section for the digest: " + edits);
        TalkPageEdit edit = edits.get(0);
        assertEquals("new", edit.section());
        assertTrue(edit.sectionTitle().contains("2 mises à jour"), edit.sectionTitle());
        assertTrue(edit.text().contains("<!-- letsconnect-notification:" + digestId + " -->"),
                "the digest's own marker, so a retry posts nothing new: " + edit.text());
    }

    private void award(Person person, String badge) {
        events.publish(EventType.BADGE_AWARDED, new BadgeAwarded(UUID.randomUUID().toString(),
                person.participantId().toString(), badge, null, Instant.now()));
    }

    private static List<Delivery> talkPageDeliveries(Person person) {
        List<Delivery> deliveries = new ArrayList<>();
        for (Notification notification : notificationsFor(person.participantId())) {
            for (Delivery delivery : deliveriesOf(notification)) {
                if (delivery.channel.equals(Channel.TALK_PAGE)) {
                    deliveries.add(delivery);
                }
            }
        }
        return deliveries;
    }
}
