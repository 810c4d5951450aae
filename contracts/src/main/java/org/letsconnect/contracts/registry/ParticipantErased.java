package org.letsconnect.contracts.registry;

import java.time.Instant;

/**
 * {@code participant.erased.v1}: the participant erased their profile. Followed, on the compacted topics
 * {@code registry.participants.v1} and {@code registry.contacts.v1}, by a tombstone (null value) for the same key:
 * consumers must forget everything they hold about the participant.
 */
public record ParticipantErased(String participantId, String subject, Instant erasedAt) {
}
