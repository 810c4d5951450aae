package org.letsconnect.contracts.matching;

import java.time.Instant;

/**
 * {@code connection.declined.v1}: the sharer declined. {@code state} is {@code declined}.
 *
 * @param reason a reason code ({@code unavailable}, {@code not-a-fit}, {@code other}), nullable
 * @param nextSharerId the next candidate offered to the learner for the same skill, nullable (added within v1)
 */
public record ConnectionDeclined(String connectionId, String learnerId, String sharerId, String skill, String state,
        String reason, Instant at, String nextSharerId) {
}
