package org.letsconnect.platform.outbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.Events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Writes events to the outbox inside the caller's database transaction, so an event exists exactly when the
 * state change it describes was committed. {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final String INSERT = """
            insert into outbox (id, aggregatetype, aggregateid, type, payload, topic)
            values (:id, :aggregateType, :aggregateId, :type, cast(cast(:payload as text) as jsonb), :topic)""";

    private final ObjectMapper mapper = Events.objectMapper();

    /**
     * Appends an event of a catalogued type. Its topic, aggregate type and aggregate id (the CloudEvent subject
     * and the Kafka key) all come from the catalogue, so no caller can key an event differently from its contract.
     *
     * @param data the event's payload record, serialised as the CloudEvent {@code data}
     * @return the event id (also the consumers' idempotency key)
     */
    public Uni<UUID> append(EventType type, Object data) {
        return insert(type.topic(), type.aggregate(), type.aggregateId(data), type.type(), serialise(data));
    }

    /**
     * Appends a tombstone (a record with a null value) on the compacted topic of {@code keyedLike}'s events for
     * one aggregate, so that compaction removes everything published about it — used for erasure. A tombstone has
     * no payload to take the key from, so the aggregate id is given.
     */
    public Uni<UUID> appendTombstone(EventType keyedLike, String aggregateId) {
        return insert(keyedLike.topic(), keyedLike.aggregate(), aggregateId, OutboxRelay.TOMBSTONE_TYPE, null);
    }

    private Uni<UUID> insert(String topic, String aggregateType, String aggregateId, String type, String payload) {
        UUID id = UUID.randomUUID();
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "An outbox event must be written inside the transaction of the change it describes"))
                .flatMap(transaction -> Panache.getSession())
                .flatMap(session -> session.createNativeQuery(INSERT)
                        .setParameter("id", id)
                        .setParameter("aggregateType", aggregateType)
                        .setParameter("aggregateId", aggregateId)
                        .setParameter("type", type)
                        .setParameter("payload", payload)
                        .setParameter("topic", topic)
                        .executeUpdate())
                .invoke(() -> Log.debugf("Outbox: %s %s for %s %s", type, id, aggregateType, aggregateId))
                .replaceWith(id);
    }

    private String serialise(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be serialised: " + data.getClass().getName(), e);
        }
    }
}
