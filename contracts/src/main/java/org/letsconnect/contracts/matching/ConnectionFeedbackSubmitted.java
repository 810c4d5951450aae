package org.letsconnect.contracts.matching;

import java.time.Instant;

/**
 * {@code connection-feedback.submitted.v1}: one side of a completed connection said how it went. The free-text
 * comment stays in matching-service: the topic is public.
 *
 * @param author {@link #LEARNER} or {@link #SHARER}
 * @param helped whether it helped
 * @param rating 1 to 5
 */
public record ConnectionFeedbackSubmitted(String connectionId, String learnerId, String sharerId, String skill,
        String author, boolean helped, int rating, Instant at) {

    public static final String LEARNER = "learner";
    public static final String SHARER = "sharer";
}
