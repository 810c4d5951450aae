package org.letsconnect.contracts.matching;

import java.time.Instant;

/**
 * {@code connection.proposed.v1}: a matching round or an organizer proposed a sharer for a learner's request; the
 * sharer answers it like a request (accept or decline).
 *
 * @param state {@code proposed}
 * @param roundId the round that proposed it, nullable when an organizer did
 * @param proposedBy {@link #BY_ROUND} or {@link #BY_ORGANIZER}
 * @param learnerAffiliate when an organizer connected two affiliates, the one that learns (the learner is its
 *        liaison); null otherwise
 * @param sharerAffiliate likewise the affiliate whose liaison is the sharer; null otherwise
 */
public record ConnectionProposed(String connectionId, String learnerId, String sharerId, String skill, String state,
        String roundId, String proposedBy, Instant at, String learnerAffiliate, String sharerAffiliate) {

    public static final String BY_ROUND = "round";
    public static final String BY_ORGANIZER = "organizer";

    /** A proposal between two people, not two affiliates. */
    public ConnectionProposed(String connectionId, String learnerId, String sharerId, String skill, String state,
            String roundId, String proposedBy, Instant at) {
        this(connectionId, learnerId, sharerId, skill, state, roundId, proposedBy, at, null, null);
    }
}
