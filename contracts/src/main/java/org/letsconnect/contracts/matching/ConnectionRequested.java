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
 */
public record ConnectionRequested(String connectionId, String learnerId, String sharerId, String skill, String state,
        String roundId, Instant at) {
}
