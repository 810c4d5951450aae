package org.letsconnect.matching.connection;

import java.time.Instant;

/** One side's feedback, shown to the two sides, their liaisons and organizers. */
public record FeedbackView(String author, boolean helped, int rating, String comment, Instant submittedAt) {

    static FeedbackView of(ConnectionFeedback f) {
        return new FeedbackView(f.author, f.helped, f.rating, f.comment, f.submittedAt);
    }
}
