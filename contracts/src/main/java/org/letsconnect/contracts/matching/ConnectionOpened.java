package org.letsconnect.contracts.matching;

import java.time.Instant;

/**
 * {@code connection.opened.v1}: a learner asked for a 1:1 connection about a skill without choosing a sharer; it
 * waits for a matching round or an organizer to propose one.
 *
 * @param state {@code open}
 */
public record ConnectionOpened(String connectionId, String learnerId, String skill, String state, Instant at) {
}
