package org.letsconnect.platform.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.letsconnect.contracts.EventCatalogue;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Events;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.core.json.JsonObject;

/**
 * Applies events at least once and their effects exactly once: the event id is recorded in the {@code inbox}
 * table in the same transaction as the effect, so a redelivered event changes nothing. A failing event is
 * retried a bounded number of times, then nacked, which the channel's {@code dead-letter-queue} failure
 * strategy turns into a copy on the dead-letter topic while later events go on flowing.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final String CLAIM = """
            insert into inbox (event_id, event_type, delete_after) values (:id, :type, :deleteAfter)
            on conflict (event_id) do nothing""";
    private static final String DESERIALIZATION_FAILURE_HEADER = "deserialization-failure-reason";

    private final InboxConfig config;
    private final ObjectMapper mapper = Events.objectMapper();
    private final Counter duplicates;
    private final Counter deadLettered;
    private final Clock clock;

    public IdempotentConsumer(InboxConfig config, MeterRegistry registry, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.duplicates = Counter.builder("letsconnect.inbox.duplicates")
                .description("Redelivered events recognised and skipped").register(registry);
        this.deadLettered = Counter.builder("letsconnect.inbox.dead.lettered")
                .description("Events given up on after retries and sent to a dead-letter topic").register(registry);
    }

    /**
     * Maps the message's CloudEvent data to the record its type has in the event catalogue and applies
     * {@code effect} once, inside a transaction, then acknowledges the message (or nacks it after the retries
     * are spent). Event types this build does not know (published by a newer producer) are acknowledged and
     * skipped, so adding a type never stops older consumers.
     */
    public Uni<Void> consume(Message<JsonObject> message, Function<ReceivedEvent<Object>, Uni<Void>> effect) {
        return Uni.createFrom().item(() -> toEvent(message))
                .flatMap(event -> event == null ? Uni.createFrom().voidItem()
                        : Panache.withTransaction(() -> applyOnce(event, effect)))
                .onFailure().retry().withBackOff(config.initialBackoff()).atMost(config.maxRetries())
                .onItemOrFailure().transformToUni((ignored, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    deadLettered.increment();
                    Log.errorf(failure, "Giving up on a record of %s after %d retries; it goes to the dead-letter topic",
                            describe(message), config.maxRetries());
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    /** Forgets applied event ids past their retention, once an hour. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeExpired() {
        return Panache.withTransaction(() -> InboxEntry.delete("deleteAfter < ?1", OffsetDateTime.now(clock)))
                .invoke(count -> Log.debugf("Inbox purge forgot %d applied event ids", count))
                .replaceWithVoid();
    }

    private <T> Uni<Void> applyOnce(ReceivedEvent<T> event, Function<ReceivedEvent<T>, Uni<Void>> effect) {
        if (event.isTombstone()) {
            // a tombstone has no id; forgetting an aggregate twice is harmless
            return effect.apply(event);
        }
        OffsetDateTime deleteAfter = OffsetDateTime.now(clock).plus(config.retention());
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(CLAIM)
                        .setParameter("id", event.id())
                        .setParameter("type", event.type())
                        .setParameter("deleteAfter", deleteAfter)
                        .executeUpdate())
                .flatMap(inserted -> {
                    if (inserted == 0) {
                        duplicates.increment();
                        Log.debugf("Skipping redelivered event %s (%s)", event.id(), event.type());
                        return Uni.createFrom().voidItem();
                    }
                    return effect.apply(event);
                });
    }

    private ReceivedEvent<Object> toEvent(Message<JsonObject> message) {
        Optional<IncomingKafkaRecordMetadata> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class);
        if (kafka.isPresent() && kafka.get().getHeaders().lastHeader(DESERIALIZATION_FAILURE_HEADER) != null) {
            throw new IllegalArgumentException("The record value is not JSON");
        }
        String key = kafka.map(metadata -> (String) metadata.getKey()).orElse(null);
        @SuppressWarnings("unchecked")
        Optional<IncomingCloudEventMetadata<JsonObject>> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class)
                .map(metadata -> (IncomingCloudEventMetadata<JsonObject>) metadata);
        if (cloudEvent.isEmpty()) {
            if (message.getPayload() == null) {
                return new ReceivedEvent<>(null, null, key, null, null);
            }
            throw new IllegalArgumentException("The record is not a structured CloudEvent");
        }
        IncomingCloudEventMetadata<JsonObject> attributes = cloudEvent.get();
        Object data = attributes.getData();
        if (!(data instanceof JsonObject json)) {
            throw new IllegalArgumentException("The CloudEvent " + attributes.getId() + " carries no JSON object data");
        }
        Optional<EventType> type = EventCatalogue.byType(attributes.getType());
        if (type.isEmpty()) {
            Log.debugf("Skipping event %s of a type this service does not know: %s", attributes.getId(),
                    attributes.getType());
            return null;
        }
        Object payload = readData(json, type.get().payloadType());
        Instant time = attributes.getTimeStamp().map(t -> t.toInstant()).orElse(null);
        String subject = attributes.getSubject().orElse(key);
        return new ReceivedEvent<>(attributes.getId(), attributes.getType(), subject, time, payload);
    }

    private Object readData(JsonObject json, Class<?> payloadType) {
        try {
            return mapper.readValue(json.encode(), payloadType);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("The event data does not match " + payloadType.getSimpleName(), e);
        }
    }

    private static String describe(Message<JsonObject> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "/" + m.getPartition() + "@" + m.getOffset())
                .orElse("an unknown topic");
    }
}
