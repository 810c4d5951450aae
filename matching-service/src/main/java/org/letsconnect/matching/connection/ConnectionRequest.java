package org.letsconnect.matching.connection;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learner's request: a sharer for a skill, or only the skill (an open request for a round or an organizer). */
@Schema(description = "A 1:1 connection request")
public record ConnectionRequest(
        @Schema(description = "The sharer's participant id; leave it out to wait for a round or an organizer") UUID sharerId,
        @Schema(description = "The skill to learn: a taxonomy code", example = "Q5596756", required = true) String skill,
        @Schema(description = "A message to the sharer, at most 2000 characters") String message,
        @Schema(description = "After a learning space: the completed space the learner attended and the sharer shared; "
                + "the request is then a follow-up, counted in the space's report") UUID spaceId) {
}
