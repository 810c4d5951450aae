package org.letsconnect.matching.connection;

import java.util.UUID;

/**
 * One match to propose ({@link ConnectionService#proposeAll}): a sharer for a learner's open request, or for a learner
 * and skill without one.
 *
 * @param openConnectionId the learner's open request this answers, or null to propose a new connection
 * @param learnerId the learner
 * @param sharerId the sharer proposed
 * @param skill the taxonomy code
 */
public record Proposal(UUID openConnectionId, UUID learnerId, UUID sharerId, String skill) {
}
