package org.letsconnect.matching.round;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The obvious round, kept as the benchmark's baseline for {@link RoundSolver}: the best-scoring pairs first (among
 * equal scores the longest waiting request, then the sharer id), each taken if its request is still open, its sharer
 * has a free place and the learner does not have that sharer yet. Same rules, same canonical input; it assigns fewer
 * requests or a lower total when a high-scoring pair takes a place two others needed.
 */
public class GreedyRoundSolver {

    public RoundResult solve(RoundInput input) {
        CanonicalRound round = CanonicalRound.of(input);
        int n = round.requestCount();
        int options = Arrays.stream(round.sharers).mapToInt(ofRequest -> ofRequest.length).sum();
        // one long per pair, sorted ascending: highest score, then lowest rank, then the option's place (whose order
        // is the sharer id's); 10 bits hold MAX − score, 31 the rank, 21 the option
        long[] pairs = new long[options];
        int next = 0;
        for (int r = 0; r < n; r++) {
            for (int o = 0; o < round.sharers[r].length; o++) {
                pairs[next++] = ((long) (SharerOption.MAX_SCORE - round.scores[r][o]) << 52) | ((long) r << 21) | o;
            }
        }
        Arrays.sort(pairs);
        int[] chosen = new int[n];
        Arrays.fill(chosen, -1);
        int[] free = round.free.clone();
        Set<Long> learnerHasSharer = new HashSet<>();
        for (long pair : pairs) {
            int r = (int) ((pair >>> 21) & 0x7FFF_FFFFL);
            int o = (int) (pair & 0x1F_FFFFL);
            int sharer = round.sharers[r][o];
            if (chosen[r] < 0 && free[sharer] > 0 && learnerHasSharer.add(round.pair(r, o))) {
                chosen[r] = o;
                free[sharer]--;
            }
        }
        return round.result(chosen);
    }
}
