package org.letsconnect.notification.rule;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.matching.ConnectionAccepted;
import org.letsconnect.contracts.matching.ConnectionCancelled;
import org.letsconnect.contracts.matching.ConnectionCompleted;
import org.letsconnect.contracts.matching.ConnectionExpired;
import org.letsconnect.contracts.matching.ConnectionProposed;
import org.letsconnect.contracts.matching.ConnectionRequested;
import org.letsconnect.contracts.matching.ConnectionStates;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

/**
 * 1:1 connections: the request to the sharer with a nudge that an answer cancels, the answer to the learner; a proposal
 * to both, an expiry naming the next candidate, a cancellation to the side that did not cancel.
 */
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

    @Test
    void aProposalAsksTheSharerWithANudgeAndTellsTheLearner() {
        Person learner = person("Learner " + UUID.randomUUID(), "fr", "Europe/Paris", List.of(), List.of("fr"), true);
        Person sharer = person("Sharer " + UUID.randomUUID(), "en", "Africa/Lagos", List.of(), List.of("en"), true);
        String connection = UUID.randomUUID().toString();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        events.publish(EventType.CONNECTION_PROPOSED, new ConnectionProposed(connection,
                learner.participantId().toString(), sharer.participantId().toString(), "Q5596756",
                ConnectionStates.PROPOSED, UUID.randomUUID().toString(), ConnectionProposed.BY_ROUND, at));
        await().atMost(WAIT).until(() -> notificationsFor(sharer.participantId()).size() == 2
                && notificationsFor(learner.participantId()).size() == 1);
        assertEquals(List.of(Templates.CONNECTION_NUDGE, Templates.CONNECTION_PROPOSED),
                notificationsFor(sharer.participantId()).stream().map(n -> n.template).sorted().toList());
        Notification matched = notificationsFor(learner.participantId()).get(0);
        assertEquals(Templates.CONNECTION_MATCHED, matched.template);
        assertEquals(sharer.participantId().toString(), matched.params.get("otherId"));
        await().atMost(WAIT)
                .untilAsserted(() -> given().auth().oauth2(issuer.token(learner.username())).header("Accept-Language", "fr")
                        .get("/api/v1/me/notifications").then().statusCode(200)
                        .body("items[0].title", containsString(sharer.username()))
                        .body("items[0].body", containsString("Nous avons proposé un échange 1:1")));
    }

    @Test
    void anExpiredRequestTellsTheLearnerWhoElseCouldHelpAndEndsTheNudge() {
        Person learner = person("Learner " + UUID.randomUUID(), "en", "Africa/Lagos", List.of(), List.of("en"), true);
        Person sharer = person("Quiet " + UUID.randomUUID(), "en", "Africa/Lagos", List.of(), List.of("en"), true);
        Person next = person("Next " + UUID.randomUUID(), "en", "Africa/Accra", List.of(), List.of("en"), true);
        String connection = UUID.randomUUID().toString();
        events.publish(EventType.CONNECTION_REQUESTED, new ConnectionRequested(connection,
                learner.participantId().toString(), sharer.participantId().toString(), "Q5596756",
                ConnectionStates.REQUESTED, null, Instant.now()));
        await().atMost(WAIT).until(() -> notificationsFor(sharer.participantId()).size() == 2);
        events.publish(EventType.CONNECTION_EXPIRED, new ConnectionExpired(connection,
                learner.participantId().toString(), sharer.participantId().toString(), "Q5596756",
                ConnectionStates.EXPIRED, next.participantId().toString(), Instant.now()));
        await().atMost(WAIT).until(() -> notificationsFor(learner.participantId()).size() == 1);
        Notification expired = notificationsFor(learner.participantId()).get(0);
        assertEquals(Templates.CONNECTION_EXPIRED, expired.template);
        Notification nudge = notificationsFor(sharer.participantId()).stream()
                .filter(n -> n.template.equals(Templates.CONNECTION_NUDGE)).findFirst().orElseThrow();
        for (Delivery delivery : deliveriesOf(nudge)) {
            assertEquals(Delivery.CANCELLED, delivery.status, "expired: no nudge");
        }
        await().atMost(WAIT).untilAsserted(
                () -> given().auth().oauth2(issuer.token(learner.username())).get("/api/v1/me/notifications").then()
                        .statusCode(200).body("items[0].title", containsString(sharer.username()))
                        .body("items[0].body", containsString(next.username() + " also shares")));
    }

    @Test
    void aCancellationReachesOnlyTheSideThatDidNotCancel() {
        Person learner = person("Learner " + UUID.randomUUID(), "en", "Africa/Lagos", List.of(), List.of("en"), true);
        Person sharer = person("Sharer " + UUID.randomUUID(), "ar", "Africa/Cairo", List.of(), List.of("ar"), true);
        String byLearner = UUID.randomUUID().toString();
        events.publish(EventType.CONNECTION_CANCELLED, new ConnectionCancelled(byLearner,
                learner.participantId().toString(), sharer.participantId().toString(), "Q5596756",
                ConnectionStates.CANCELLED, ConnectionCancelled.BY_LEARNER, null, Instant.now()));
        String bySharer = UUID.randomUUID().toString();
        events.publish(EventType.CONNECTION_CANCELLED, new ConnectionCancelled(bySharer,
                learner.participantId().toString(), sharer.participantId().toString(), "Q5596756",
                ConnectionStates.CANCELLED, ConnectionCancelled.BY_SHARER, null, Instant.now()));
        await().atMost(WAIT).until(() -> notificationsFor(sharer.participantId()).size() == 1
                && notificationsFor(learner.participantId()).size() == 1);
        Notification toSharer = notificationsFor(sharer.participantId()).get(0);
        assertEquals(byLearner, toSharer.params.get("connectionId"));
        assertEquals(bySharer, notificationsFor(learner.participantId()).get(0).params.get("connectionId"));
        await().atMost(WAIT).untilAsserted(
                () -> given().auth().oauth2(issuer.token(sharer.username())).get("/api/v1/me/notifications").then()
                        .statusCode(200).body("items[0].body", containsString("لم يعد " + learner.username())));

        // an open request without a sharer, withdrawn by the learner, tells no one
        events.publish(EventType.CONNECTION_CANCELLED, new ConnectionCancelled(UUID.randomUUID().toString(),
                learner.participantId().toString(), null, "Q5596756", ConnectionStates.CANCELLED,
                ConnectionCancelled.BY_LEARNER, null, Instant.now()));
        String marker = UUID.randomUUID().toString();
        events.publish(EventType.CONNECTION_CANCELLED, new ConnectionCancelled(marker,
                learner.participantId().toString(), sharer.participantId().toString(), "Q5596756",
                ConnectionStates.CANCELLED, ConnectionCancelled.BY_ORGANIZER, null, Instant.now()));
        await().atMost(WAIT).until(() -> notificationsFor(learner.participantId()).size() == 2);
        assertTrue(notificationsFor(learner.participantId()).stream()
                .allMatch(n -> List.of(bySharer, marker).contains(n.params.get("connectionId"))));
        assertEquals(2, notificationsFor(sharer.participantId()).size(), "the organizer's cancellation reaches both");
    }
}
