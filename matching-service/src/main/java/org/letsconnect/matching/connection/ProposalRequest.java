package org.letsconnect.matching.connection;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organizer's match: a sharer for a learner and a skill, answering the learner's open request if they have one. */
@Schema(description = "An organizer's proposal")
public record ProposalRequest(
        @Schema(description = "The learner's participant id", required = true) UUID learnerId,
        @Schema(description = "The sharer's participant id", required = true) UUID sharerId,
        @Schema(description = "The skill: a taxonomy code", example = "Q5596756", required = true) String skill) {
}
