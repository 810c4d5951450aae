package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code feedback.submitted.v1}.
 *
 * @param participantId null when the feedback is anonymous
 * @param anonymous whether the author asked to stay anonymous
 * @param usefulness 1 (not useful) to 5 (very useful)
 */
public record FeedbackSubmitted(String feedbackId, String spaceId, String participantId, boolean anonymous,
        int usefulness, Instant at) {
}
