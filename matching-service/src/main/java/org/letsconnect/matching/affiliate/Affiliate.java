package org.letsconnect.matching.affiliate;

import java.util.List;

import org.letsconnect.matching.candidate.Candidate;

/**
 * One affiliate as the candidate index knows it: the people who name it among their affiliations.
 *
 * @param key the name compared by ({@link AffiliateNames#key})
 * @param name the name as most members write it
 * @param members its members, each once
 */
record Affiliate(String key, String name, List<Candidate> members) {

    boolean hasMember(String participantId) {
        return members.stream().anyMatch(member -> member.participantId().equals(participantId));
    }
}
