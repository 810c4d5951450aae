package org.letsconnect.clinic.feedback;

import java.time.Instant;

/** What the author of an answer gets back: that it was taken, and whether it is anonymous. */
public record FeedbackReceipt(String id, String spaceId, int usefulness, boolean anonymous, Instant submittedAt) {
}
