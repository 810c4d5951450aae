package org.letsconnect.matching.connection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One side's feedback on a completed connection. */
@Schema(description = "Feedback on a completed connection")
public record FeedbackRequest(
        @Schema(description = "Did it help?", required = true) Boolean helped,
        @Schema(description = "1 to 5", minimum = "1", maximum = "5", required = true) Integer rating,
        @Schema(description = "Optional words, at most 2000 characters; seen by the two sides and organizers only") String comment) {
}
