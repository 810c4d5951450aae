package org.letsconnect.matching.affiliate;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An affiliate whose members could teach a skill to another affiliate.
 *
 * @param name the affiliate, as most of its members write it
 * @param membersSharingWithFreePlace members who share the skill (or a related one) and have a free place
 * @param membersSharing members who share the skill (or a related one)
 * @param liaisons up to five members who could speak for the affiliate, sharers with a free place first
 */
@Schema(description = "An affiliate whose members share the skill")
public record AffiliateCandidate(String name, int membersSharingWithFreePlace, int membersSharing,
        List<Liaison> liaisons) {

    /**
     * A member who could be the affiliate's liaison.
     *
     * @param participantId the member's participant id
     * @param username the member's Wikimedia username
     * @param sharesSkill whether they share the skill (or a related one) themselves
     * @param freePlace whether they take connections and have a place free now
     */
    public record Liaison(String participantId, String username, boolean sharesSkill, boolean freePlace) {
    }
}
