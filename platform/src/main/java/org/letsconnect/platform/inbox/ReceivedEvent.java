package org.letsconnect.platform.inbox;

import java.time.Instant;

/**
 * One event taken from a topic: its CloudEvent attributes and its data mapped to the contract record, or a
 * tombstone (null data) that tells the consumer to forget the aggregate named by the key.
 *
 * @param id the CloudEvent id, the idempotency key; null for a tombstone
 * @param type the CloudEvent type; null for a tombstone
 * @param subject the aggregate id (the Kafka key)
 * @param time when the event happened
 * @param data the payload, or null for a tombstone
 */
public record ReceivedEvent<T>(String id, String type, String subject, Instant time, T data) {

    public boolean isTombstone() {
        return data == null;
    }
}
