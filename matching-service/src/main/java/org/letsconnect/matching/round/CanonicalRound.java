package org.letsconnect.matching.round;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A round's input in one canonical order, so that a solver fed the same requests and sharers in any order builds the
 * same problem and gives the same answer. Both solvers work on it, so they solve exactly the same problem.
 * <ul>
 * <li>requests by {@code requestedAt}, then request id: a request's index is its <em>waiting rank</em>, 0 for the
 * longest waiting;</li>
 * <li>each request's options: one per sharer (the highest score when a sharer is named twice), by sharer id, without
 * the learner themselves and without sharers that have no free place;</li>
 * <li>the sharers that some option names, by id, each with its free places.</li>
 * </ul>
 */
final class CanonicalRound {

    private static final Comparator<OpenRequest> LONGEST_WAITING_FIRST = Comparator
            .comparing(OpenRequest::requestedAt).thenComparing(OpenRequest::requestId);

    /** The requests, longest waiting first. */
    final List<OpenRequest> requests;
    /** Per request (same index): the sharers it can go to, as indexes into {@link #sharerIds}, ascending. */
    final int[][] sharers;
    /** Per request and option: the pair's score. */
    final int[][] scores;
    /** The sharers named by an option, by id. */
    final List<String> sharerIds;
    /** Per sharer: free places, never more than there are requests. */
    final int[] free;
    /** Per request: its learner, numbered in the order the requests first name them. */
    final int[] learners;

    private CanonicalRound(List<OpenRequest> requests, int[][] sharers, int[][] scores, List<String> sharerIds,
            int[] free, int[] learners) {
        this.requests = requests;
        this.sharers = sharers;
        this.scores = scores;
        this.sharerIds = sharerIds;
        this.free = free;
        this.learners = learners;
    }

    static CanonicalRound of(RoundInput input) {
        List<OpenRequest> requests = new ArrayList<>(input.requests());
        requests.sort(LONGEST_WAITING_FIRST);
        Map<String, Integer> freeById = new HashMap<>();
        for (SharerCapacity sharer : input.sharers()) {
            if (sharer.free() > 0) {
                freeById.put(sharer.sharerId(), Math.min(sharer.free(), requests.size()));
            }
        }
        // per request: sharer id → best score, then the ids that any request uses, sorted
        List<Map<String, Integer>> bestScores = new ArrayList<>(requests.size());
        TreeSet<String> used = new TreeSet<>();
        for (OpenRequest request : requests) {
            Map<String, Integer> best = new HashMap<>();
            for (SharerOption option : request.options()) {
                if (freeById.containsKey(option.sharerId()) && !option.sharerId().equals(request.learnerId())) {
                    best.merge(option.sharerId(), option.score(), Math::max);
                }
            }
            used.addAll(best.keySet());
            bestScores.add(best);
        }
        List<String> sharerIds = List.copyOf(used);
        Map<String, Integer> index = new HashMap<>();
        int[] free = new int[sharerIds.size()];
        for (int s = 0; s < sharerIds.size(); s++) {
            index.put(sharerIds.get(s), s);
            free[s] = freeById.get(sharerIds.get(s));
        }
        int[][] sharers = new int[requests.size()][];
        int[][] scores = new int[requests.size()][];
        for (int r = 0; r < requests.size(); r++) {
            Map<String, Integer> best = bestScores.get(r);
            int[] ofRequest = best.keySet().stream().mapToInt(index::get).sorted().toArray();
            int[] scoreOf = new int[ofRequest.length];
            for (int o = 0; o < ofRequest.length; o++) {
                scoreOf[o] = best.get(sharerIds.get(ofRequest[o]));
            }
            sharers[r] = ofRequest;
            scores[r] = scoreOf;
        }
        Map<String, Integer> learnerNumbers = new HashMap<>();
        int[] learners = new int[requests.size()];
        for (int r = 0; r < requests.size(); r++) {
            learners[r] = learnerNumbers.computeIfAbsent(requests.get(r).learnerId(), id -> learnerNumbers.size());
        }
        return new CanonicalRound(List.copyOf(requests), sharers, scores, sharerIds, free, learners);
    }

    int requestCount() {
        return requests.size();
    }

    int sharerCount() {
        return sharerIds.size();
    }

    /** A key for the (learner, sharer) pair of request {@code r}'s option {@code o}: a pair is assigned once. */
    long pair(int r, int o) {
        return (long) learners[r] * sharerIds.size() + sharers[r][o];
    }

    /** The most requests any round can assign: those with an option, at most the free places in all. */
    int mostAssignable() {
        long places = Arrays.stream(free).asLongStream().sum();
        long withOption = Arrays.stream(sharers).filter(options -> options.length > 0).count();
        return (int) Math.min(places, withOption);
    }

    /**
     * The result of a choice: {@code chosen[r]} is the option (an index into {@code sharers[r]}) request {@code r}
     * goes to, or -1.
     */
    RoundResult result(int[] chosen) {
        List<Assignment> assignments = new ArrayList<>();
        List<OpenRequest> unmatched = new ArrayList<>();
        long total = 0;
        for (int r = 0; r < requests.size(); r++) {
            OpenRequest request = requests.get(r);
            if (chosen[r] < 0) {
                unmatched.add(request);
                continue;
            }
            int score = scores[r][chosen[r]];
            assignments.add(new Assignment(request.requestId(), request.learnerId(),
                    sharerIds.get(sharers[r][chosen[r]]), request.skill(), score));
            total += score;
        }
        return new RoundResult(assignments, unmatched, total);
    }
}
