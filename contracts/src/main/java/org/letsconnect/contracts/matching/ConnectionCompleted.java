package org.letsconnect.contracts.matching;

import java.time.Instant;

/** {@code connection.completed.v1}: the connection took place. {@code state} is {@code completed}. */
public record ConnectionCompleted(String connectionId, String learnerId, String sharerId, String skill, String state,
        Instant at) {
}
