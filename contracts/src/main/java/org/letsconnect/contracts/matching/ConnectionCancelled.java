package org.letsconnect.contracts.matching;

import java.time.Instant;

/**
 * {@code connection.cancelled.v1}: a connection was called off before it took place. {@code state} is
 * {@code cancelled}.
 *
 * @param sharerId nullable: an open request had no sharer yet
 * @param cancelledBy {@link #BY_LEARNER}, {@link #BY_SHARER}, {@link #BY_ORGANIZER} or {@link #BY_SYSTEM} (e.g. the
 *        learner's other requests for the skill once one was accepted)
 * @param reason a reason code ({@code no-longer-needed}, {@code matched-elsewhere}, {@code other}, …), nullable
 */
public record ConnectionCancelled(String connectionId, String learnerId, String sharerId, String skill, String state,
        String cancelledBy, String reason, Instant at) {

    public static final String BY_LEARNER = "learner";
    public static final String BY_SHARER = "sharer";
    public static final String BY_ORGANIZER = "organizer";
    public static final String BY_SYSTEM = "system";
}
