package org.letsconnect.matching.connection;

import java.time.Instant;

/**
 * A learner left without a sharer for a skill: their latest request ended declined, expired or cancelled by the
 * sharer or an organizer, or is an open request waiting too long.
 *
 * @param connectionId their latest request for the skill
 * @param state its state
 * @param requestedAt when they asked
 * @param endedAt when it ended (the last change), or null while it is still open
 */
public record UnmatchedLearner(String learnerId, String learnerName, String skill, String connectionId, String state,
        Instant requestedAt, Instant endedAt) {
}
