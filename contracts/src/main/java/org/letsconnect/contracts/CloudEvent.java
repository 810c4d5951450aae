package org.letsconnect.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured mode (the whole event is the Kafka record value, content type
 * {@code application/cloudevents+json}). {@code time} is serialised as an RFC 3339 instant in UTC.
 *
 * @param specversion always {@code "1.0"}
 * @param id a UUID, unique per event; also the consumers' idempotency key
 * @param source the producing service, e.g. {@code /registry-service}
 * @param type the event type, e.g. {@code org.letsconnect.registry.participant.registered.v1}
 * @param subject the aggregate id (equals the Kafka record key)
 * @param time when the change happened
 * @param datacontenttype always {@code application/json}
 * @param data the payload, one of the records of this module
 */
public record CloudEvent<T>(String specversion, String id, String source, String type, String subject,
        Instant time, String datacontenttype, T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** Content type of a structured-mode CloudEvent (Kafka header {@code content-type}). */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";

    /**
     * A new event of the given type with a random id, the current time, the type's source and the payload's aggregate id as
     * subject.
     */
    public static <T> CloudEvent<T> of(EventType type, T data) {
        return of(type, type.aggregateId(data), data);
    }

    /** A new event of the given type with a random id and the current time. */
    public static <T> CloudEvent<T> of(EventType type, String subject, T data) {
        return of(type, UUID.randomUUID().toString(), subject, Instant.now(), data);
    }

    /** An event with every attribute given. */
    public static <T> CloudEvent<T> of(EventType type, String id, String subject, Instant time, T data) {
        Objects.requireNonNull(type, "type");
        return new CloudEvent<>(SPEC_VERSION, id, type.source(), type.type(), subject, time, DATA_CONTENT_TYPE, data);
    }

    /** The catalogue entry of this event's type, if it is known to this version of the contracts. */
    public java.util.Optional<EventType> eventType() {
        return EventCatalogue.byType(type);
    }
}
