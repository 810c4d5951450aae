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
 * @param affiliates the two affiliates when one learns from the other (the learner and sharer are their liaisons),
 *        or null for a match between two people
 */
public record Proposal(UUID openConnectionId, UUID learnerId, UUID sharerId, String skill, Affiliates affiliates) {

    /** A match between two people. */
    public Proposal(UUID openConnectionId, UUID learnerId, UUID sharerId, String skill) {
        this(openConnectionId, learnerId, sharerId, skill, null);
    }

    /**
     * The affiliates of an affiliate-to-affiliate connection, as their members write them.
     *
     * @param learner the affiliate that learns
     * @param sharer the affiliate whose members share the skill
     * @param message the organizer's words to the liaisons, nullable
     */
    public record Affiliates(String learner, String sharer, String message) {
    }
}
