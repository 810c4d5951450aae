package org.letsconnect.matching.round;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a round does (a preview) or did (committed): the assignment of the open requests to sharers, and what is left.
 *
 * @param roundId the round's id once committed; null for a preview
 * @param requests the open requests the round looked at
 * @param totalScore the sum of the assigned pairs' scores
 */
public record RoundView(String roundId, boolean committed, Instant at, int requests, List<AssignmentView> assignments,
        List<UnmatchedView> unmatched, long totalScore) {

    /** One open request and the sharer proposed for it. */
    public record AssignmentView(@Schema(description = "The open request (a connection in state open); once "
            + "committed it is proposed to the sharer") String connectionId,
            String learnerId, String learnerUsername, String sharerId, String sharerUsername, String skill,
            @Schema(description = "The suggestion score of the pair, 0–1000") int score) {
    }

    /** An open request the round could not serve: no sharer of the skill with a free place fits. */
    public record UnmatchedView(String connectionId, String learnerId, String learnerUsername, String skill,
            Instant waitingSince) {
    }
}
