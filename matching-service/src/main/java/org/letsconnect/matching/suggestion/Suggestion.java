package org.letsconnect.matching.suggestion;

import java.util.List;

import org.letsconnect.matching.candidate.Candidate;

/**
 * A sharer suggested to a learner for a skill, with its score (0–1000) and the reasons that make it up.
 *
 * @param sharer the sharer as the index knows them
 * @param skill the skill the learner wants
 * @param sharedSkill the skill of the sharer's that matched it (equal to {@code skill} for an exact match)
 * @param relation how {@code sharedSkill} relates to {@code skill}
 * @param score the sum of the reasons' points, at most 1000 with the default weights
 * @param reasons every component of the score, in a fixed order
 */
public record Suggestion(Candidate sharer, String skill, String sharedSkill, SkillRelation relation, int score,
        List<Reason> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
