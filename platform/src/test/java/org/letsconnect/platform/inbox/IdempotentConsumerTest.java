package org.letsconnect.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.KafkaBroker;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** At-least-once delivery, exactly-once effects, and poison events out of the way. */
@QuarkusTest
@WithTestInfrastructure
class IdempotentConsumerTest {

    static final String TOPIC = "test.inbox.v1";
    static final Map<String, String> CLOUD_EVENT = Map.of("content-type", "application/cloudevents+json; charset=UTF-8");

    @InjectInfrastructure
    KafkaBroker kafka;

    @Inject
    Pool pool;

    @Test
    void redeliveredEventIsAppliedOnce() {
        String id = UUID.randomUUID().toString();
        String subject = "space-" + id;
        String event = feedbackEvent(id, subject);
        kafka.send(TOPIC, subject, event, CLOUD_EVENT);
        kafka.send(TOPIC, subject, event, CLOUD_EVENT);

        // a later event on the same partition is applied only after both copies were handled
        String marker = UUID.randomUUID().toString();
        kafka.send(TOPIC, subject, feedbackEvent(marker, subject), CLOUD_EVENT);
        awaitApplied(marker, 1);
        assertEquals(1, applied(id), "a redelivered event was applied twice");
    }

    @Test
    void poisonEventsGoToTheDeadLetterTopicAndLaterEventsStillFlow() {
        String key = "poison-" + UUID.randomUUID();
        kafka.send(TOPIC, key, "{ this is not json", CLOUD_EVENT);
        String failing = UUID.randomUUID().toString();
        kafka.send(TOPIC, key, feedbackEvent(failing, key), CLOUD_EVENT);
        String good = UUID.randomUUID().toString();
        kafka.send(TOPIC, key, feedbackEvent(good, "space-" + good), CLOUD_EVENT);

        awaitApplied(good, 1);
        assertEquals(0, applied(failing));
        var deadLetters = kafka.awaitRecords(TOPIC + ".dlq", 1, Duration.ofSeconds(30)).stream()
                .filter(r -> key.equals(r.key())).toList();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll(TOPIC + ".dlq", Duration.ofSeconds(1))
                .stream().filter(r -> key.equals(r.key())).count() == 2);
        ConsumerRecord<String, String> unappliable = kafka.readAll(TOPIC + ".dlq", Duration.ofSeconds(1)).stream()
                .filter(r -> key.equals(r.key()) && r.value() != null && r.value().contains(failing)).findFirst()
                .orElseThrow(() -> new AssertionError("the failing event is not on the dead-letter topic: " + deadLetters));
        assertEquals("This event can never be applied",
                new String(unappliable.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8),
                "the dead letter says why it is there");
        assertEquals(TOPIC, new String(unappliable.headers().lastHeader("dead-letter-topic").value(),
                StandardCharsets.UTF_8), "and where it came from");
    }

    @Test
    void eventsOfUnknownTypesAreSkippedWithoutStoppingTheConsumer() {
        String subject = "space-" + UUID.randomUUID();
        String unknown = UUID.randomUUID().toString();
        kafka.send(TOPIC, subject, feedbackEvent(unknown, subject)
                .replace("org.letsconnect.clinic.feedback.submitted.v1", "org.letsconnect.clinic.future.thing.v9"),
                CLOUD_EVENT);
        String known = UUID.randomUUID().toString();
        kafka.send(TOPIC, subject, feedbackEvent(known, subject), CLOUD_EVENT);
        awaitApplied(known, 1);
        assertEquals(0, applied(unknown));
    }

    /**
     * A feedback event under any subject: off the contract on purpose (a subject starting with "poison" makes the
     * test consumer fail), so it is written here rather than published through the EventProbe.
     */
    static String feedbackEvent(String id, String subject) {
        return """
                {"specversion":"1.0","id":"%s","source":"/clinic-service","type":"org.letsconnect.clinic.feedback.submitted.v1",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":{"feedbackId":"%s","spaceId":"%s","participantId":null,"anonymous":true,"usefulness":5,"at":"%s"}}"""
                .formatted(id, subject, Instant.now(), id, subject, Instant.now());
    }

    private void awaitApplied(String eventId, int times) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> applied(eventId) == times);
    }

    private int applied(String eventId) {
        return pool.preparedQuery("select count(*) from applied_effect where event_id = $1")
                .execute(Tuple.of(eventId)).await().indefinitely().iterator().next().getInteger(0);
    }
}
