package org.letsconnect.matching.round;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A learner's open request that a round may assign, with the sharers it could go to.
 *
 * @param requestId the request's id
 * @param learnerId the learner's participant id
 * @param skill the skill the request is for (carried to the assignment)
 * @param requestedAt when the learner asked: among equal scores, the longest waiting is served first
 * @param options the sharers the request could go to (the suggestions' hard filters already applied), each with its
 *        score; a sharer named twice counts once, with the higher score
 */
public record OpenRequest(String requestId, String learnerId, String skill, Instant requestedAt,
        List<SharerOption> options) {

    public OpenRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        options = options == null ? List.of() : List.copyOf(options);
    }
}
