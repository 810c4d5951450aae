package org.letsconnect.contracts.matching;

import java.time.Instant;

/**
 * {@code connection.expired.v1}: the sharer left the request unanswered until it expired. {@code state} is
 * {@code expired}.
 *
 * @param nextSharerId the next candidate offered to the learner for the same skill, nullable when there is none
 */
public record ConnectionExpired(String connectionId, String learnerId, String sharerId, String skill, String state,
        String nextSharerId, Instant at) {
}
