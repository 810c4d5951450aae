package org.letsconnect.matching.affiliate;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organizer's connection of an affiliate that learns a skill with one whose members share it. */
@Schema(description = "An affiliate-to-affiliate connection")
public record AffiliateConnectionRequest(
        @Schema(description = "The affiliate that learns", example = "Wikimedia Ghana", required = true) String learnerAffiliate,
        @Schema(description = "The affiliate whose members share the skill", example = "Wikimedia Nigeria", required = true) String sharerAffiliate,
        @Schema(description = "The skill: a taxonomy code", example = "Q5596756", required = true) String skill,
        @Schema(description = "A member of the learning affiliate who speaks for it", required = true) UUID learnerLiaisonId,
        @Schema(description = "A member of the sharing affiliate who answers the proposal", required = true) UUID sharerLiaisonId,
        @Schema(description = "The organizer's words to the liaisons, at most 2000 characters") String message) {
}
