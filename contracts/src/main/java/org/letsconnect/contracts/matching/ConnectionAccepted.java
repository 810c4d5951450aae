package org.letsconnect.contracts.matching;

import java.time.Instant;

/** {@code connection.accepted.v1}: the sharer accepted. {@code state} is {@code accepted}. */
public record ConnectionAccepted(String connectionId, String learnerId, String sharerId, String skill, String state,
        Instant at) {
}
