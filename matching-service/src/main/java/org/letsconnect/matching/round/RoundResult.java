package org.letsconnect.matching.round;

import java.util.List;

/**
 * What a round does: the requests it assigns and those it leaves open, both with the longest waiting first.
 *
 * @param assignments each assigned request with its sharer
 * @param unmatched the requests no sharer is found for in this round
 * @param totalScore the sum of the assignments' scores
 */
public record RoundResult(List<Assignment> assignments, List<OpenRequest> unmatched, long totalScore) {

    public RoundResult {
        assignments = List.copyOf(assignments);
        unmatched = List.copyOf(unmatched);
    }

    public static RoundResult empty() {
        return new RoundResult(List.of(), List.of(), 0);
    }
}
