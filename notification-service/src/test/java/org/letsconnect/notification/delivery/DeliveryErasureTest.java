package org.letsconnect.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.letsconnect.notification.delivery.DeliveryFixtures.WAIT;
import static org.letsconnect.notification.delivery.DeliveryFixtures.address;
import static org.letsconnect.notification.delivery.DeliveryFixtures.awaitDelivery;
import static org.letsconnect.notification.delivery.DeliveryFixtures.delivery;
import static org.letsconnect.notification.delivery.DeliveryFixtures.inSession;
import static org.letsconnect.notification.delivery.DeliveryFixtures.participant;
import static org.letsconnect.notification.delivery.DeliveryFixtures.plan;
import static org.letsconnect.notification.delivery.DeliveryFixtures.planned;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.notification.NotificationPlanner;
import org.letsconnect.notification.recipient.Recipient;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestInfrastructure(smtp = true)
class DeliveryErasureTest {

    @InjectInfrastructure
    EventProbe events;
    @Inject
    NotificationPlanner planner;

    @Test
    void erasureDeletesPendingDeliveriesAndTheInboxAndLeavesTheLogWithoutPersonalData() {
        ParticipantProfile zara = participant(events, address());
        ParticipantProfile other = participant(events, address());
        UUID space = UUID.randomUUID();
        UUID sent = plan(planner, planned(zara, space, null));
        UUID later = plan(planner, planned(zara, space, Instant.now().plusSeconds(86_400)));
        UUID othersLater = plan(planner, planned(other, space, Instant.now().plusSeconds(86_400)));
        awaitDelivery(sent, Channel.EMAIL, Delivery.SENT);
        awaitDelivery(sent, Channel.IN_APP, Delivery.SENT);

        events.publish(EventType.PARTICIPANT_ERASED,
                new ParticipantErased(zara.participantId(), zara.subject(), Instant.now()));
        UUID id = UUID.fromString(zara.participantId());
        await().atMost(WAIT).until(() -> inSession(() -> Recipient.<Recipient> findById(id)) == null);

        // the log keeps what was sent, to nobody
        Delivery mail = delivery(sent, Channel.EMAIL);
        assertEquals(Delivery.SENT, mail.status);
        assertNull(delivery(sent, Channel.IN_APP), "the inbox is gone");
        assertNull(delivery(later, Channel.EMAIL), "pending deliveries are gone");
        assertNull(delivery(later, Channel.IN_APP));
        for (UUID notificationId : List.of(sent, later)) {
            Notification notification = inSession(() -> Notification.<Notification> findById(notificationId));
            assertEquals("erased", notification.recipientKind);
            assertEquals(new UUID(0, 0), notification.recipientId);
            assertTrue(notification.params.isEmpty(), notification.params::toString);
            assertEquals("erased:" + notificationId, notification.dedupKey);
        }
        assertEquals(0L, (long) inSession(() -> Notification.count("recipientId", id)));

        // nobody else is touched
        assertEquals(Delivery.PENDING, delivery(othersLater, Channel.EMAIL).status);
        Notification others = inSession(() -> Notification.<Notification> findById(othersLater));
        assertEquals("participant", others.recipientKind);
    }
}
