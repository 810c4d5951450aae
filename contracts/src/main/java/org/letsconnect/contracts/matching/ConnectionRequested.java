package org.letsconnect.contracts.matching;

import java.time.Instant;

/**
 * {@code connection.requested.v1}: a learner asked a sharer for a 1:1 connection about a skill.
 *
 * @param learnerId participant id of the learner
 * @param sharerId participant id of the sharer
 * @param skill taxonomy code (Wikidata item id)
 * @param state {@code requested}
 * @param roundId the matching round that proposed it, nullable when requested directly
 * @param spaceId the completed learning space the learner attended and whose sharer they ask for a 1:1 follow-up;
 *        nullable (added after the first release, so older events lack it)
 */
public record ConnectionRequested(String connectionId, String learnerId, String sharerId, String skill, String state,
        String roundId, Instant at, String spaceId) {

    /** A request not made as a follow-up of a learning space. */
    public ConnectionRequested(String connectionId, String learnerId, String sharerId, String skill, String state,
            String roundId, Instant at) {
        this(connectionId, learnerId, sharerId, skill, state, roundId, at, null);
    }
}
