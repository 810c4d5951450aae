package org.letsconnect.contracts.matching;

import java.time.Instant;

/**
 * {@code round.completed.v1}: a batch matching round assigned the open requests (aggregate "round", key round id).
 *
 * @param assignments number of connections proposed
 * @param unmatched number of open requests left without a sharer
 */
public record RoundCompleted(String roundId, int assignments, int unmatched, Instant at) {
}
