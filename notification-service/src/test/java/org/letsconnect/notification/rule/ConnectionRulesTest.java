package org.letsconnect.notification.rule;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.matching.ConnectionAccepted;
import org.letsconnect.contracts.matching.ConnectionCompleted;
import org.letsconnect.contracts.matching.ConnectionRequested;
import org.letsconnect.contracts.matching.ConnectionStates;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

/** 1:1 connections: the request to the sharer with a nudge that an answer cancels, the answer to the learner. */
@QuarkusTest
@WithTestInfrastructure
class ConnectionRulesTest extends NotificationTest {

    @Test
    void theSharerIsAskedAndNudgedUntilTheyAnswerAndBothGetTheFeedbackPrompt() {
        Person learner = person("Learner " + UUID.randomUUID(), "sw", "Africa/Nairobi", List.of(), List.of("sw"), true);
        Person sharer = person("Sharer " + UUID.randomUUID(), "ar", "Africa/Cairo", List.of(), List.of("ar"), true);
        String connection = UUID.randomUUID().toString();
        Instant requestedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        events.publish(EventType.CONNECTION_REQUESTED, new ConnectionRequested(connection,
                learner.participantId().toString(), sharer.participantId().toString(), "Q5596756",
                ConnectionStates.REQUESTED, null, requestedAt));
        await().atMost(WAIT).until(() -> notificationsFor(sharer.participantId()).size() == 2);
        Notification nudge = notificationsFor(sharer.participantId()).stream()
                .filter(n -> n.template.equals(Templates.CONNECTION_NUDGE)).findFirst().orElseThrow();
        assertEquals(requestedAt.plus(5, ChronoUnit.DAYS), deliveriesOf(nudge).get(0).dueAt);
        assertEquals(learner.participantId().toString(), nudge.params.get("otherId"));

        events.publish(EventType.CONNECTION_ACCEPTED, new ConnectionAccepted(connection,
                learner.participantId().toString(), sharer.participantId().toString(), "Q5596756",
                ConnectionStates.ACCEPTED, Instant.now()));
        await().atMost(WAIT).until(() -> notificationsFor(learner.participantId()).size() == 1);
        assertEquals(Templates.CONNECTION_ACCEPTED, notificationsFor(learner.participantId()).get(0).template);
        for (Delivery delivery : deliveriesOf(nudge)) {
            assertEquals(Delivery.CANCELLED, delivery.status, "answered: no nudge");
        }

        events.publish(EventType.CONNECTION_COMPLETED, new ConnectionCompleted(connection,
                learner.participantId().toString(), sharer.participantId().toString(), "Q5596756",
                ConnectionStates.COMPLETED, Instant.now()));
        await().atMost(WAIT).until(() -> notificationsFor(learner.participantId()).size() == 2
                && notificationsFor(sharer.participantId()).size() == 3);
        assertEquals(Templates.CONNECTION_COMPLETED, notificationsFor(learner.participantId()).get(1).template);
    }
}
