package org.letsconnect.matching.insight;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One skill's demand and supply as organizers read it, with the skill's label in their language. */
public record SkillDemandView(@Schema(description = "Taxonomy code (Wikidata item id)", example = "Q54871") String skill,
        @Schema(description = "The skill's label in the caller's language", example = "SPARQL") String label,
        @Schema(description = "People who want to learn it") int wanting,
        @Schema(description = "People who share it and take 1:1 connections") int sharing,
        @Schema(description = "Of those, the ones with a free place now") int sharingWithFreePlace,
        @Schema(description = "Requests for it waiting for a sharer or an answer") int waitingRequests,
        @Schema(description = "wanting + waitingRequests − sharingWithFreePlace") int shortfall,
        @Schema(description = "The same figures per region (region code → figures; `unknown` for profiles without one)") Map<String, SkillDemand.Figures> byRegion) {

    /** A page of skills, the largest shortfall first. */
    public record Page(List<SkillDemandView> items, int page, int size, long total,
            @Schema(description = "The region filter, if any") String region,
            @Schema(description = "The language filter, if any") String language) {
    }
}
