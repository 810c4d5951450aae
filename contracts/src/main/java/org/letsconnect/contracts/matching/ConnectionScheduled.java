package org.letsconnect.contracts.matching;

import java.time.Instant;

/**
 * {@code connection.scheduled.v1}: a meeting time was agreed. {@code state} is {@code scheduled}.
 *
 * @param scheduledAt the meeting instant (UTC)
 * @param timeZone IANA zone it was scheduled in
 */
public record ConnectionScheduled(String connectionId, String learnerId, String sharerId, String skill, String state,
        Instant scheduledAt, String timeZone, Instant at) {
}
