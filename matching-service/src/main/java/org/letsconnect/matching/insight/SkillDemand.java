package org.letsconnect.matching.insight;

import java.util.Map;

/**
 * Demand and supply of one skill, among the people the filters keep.
 *
 * @param skill the taxonomy code
 * @param wanting people who want to learn it
 * @param sharing people who can share it and take 1:1 connections
 * @param sharingWithFreePlace of those, the ones with a free place now
 * @param waitingRequests open requests for it not answered yet (open, requested, proposed)
 * @param shortfall wanting plus waiting requests, less the sharers with a free place: the gap a Clinic could close
 * @param byRegion the same figures per region of the people counted
 */
public record SkillDemand(String skill, int wanting, int sharing, int sharingWithFreePlace, int waitingRequests,
        int shortfall, Map<String, Figures> byRegion) {

    /** One region's share of the figures. */
    public record Figures(int wanting, int sharing, int sharingWithFreePlace, int waitingRequests) {
    }
}
