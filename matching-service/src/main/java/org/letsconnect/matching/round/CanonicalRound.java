package org.letsconnect.matching.round;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A round's input in one canonical order, so that a solver fed the same requests and sharers in any order builds the
 * same problem and gives the same answer. Both solvers work on it, so they solve exactly the same problem.
 * <ul>
 * <li>requests by {@code requestedAt}, then request id: a request's index is its <em>waiting rank</em>, 0 for the
 * longest waiting;</li>
 * <li>each request's options: one per sharer (the highest score when a sharer is named twice), by sharer id, without
 * the learner themselves and without sharers that have no free place;</li>
 * <li>the sharers with a free place, by id.</li>
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
    /** The sharers with a free place, by id. */
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
        List<SharerCapacity> withPlaces = new ArrayList<>();
        for (SharerCapacity sharer : input.sharers()) {
            if (sharer.free() > 0) {
                withPlaces.add(sharer);
            }
        }
        withPlaces.sort(Comparator.comparing(SharerCapacity::sharerId));
        List<String> sharerIds = new ArrayList<>(withPlaces.size());
        Map<String, Integer> index = new HashMap<>();
        int[] free = new int[withPlaces.size()];
        for (int s = 0; s < withPlaces.size(); s++) {
            sharerIds.add(withPlaces.get(s).sharerId());
            index.put(withPlaces.get(s).sharerId(), s);
            free[s] = Math.min(withPlaces.get(s).free(), requests.size());
        }
        int[][] sharers = new int[requests.size()][];
        int[][] scores = new int[requests.size()][];
        Map<String, Integer> learnerNumbers = new HashMap<>();
        int[] learners = new int[requests.size()];
        for (int r = 0; r < requests.size(); r++) {
            OpenRequest request = requests.get(r);
            learners[r] = learnerNumbers.computeIfAbsent(request.learnerId(), id -> learnerNumbers.size());
            // (sharer, score) packed and sorted: by sharer, and a sharer's best score last
            long[] packed = new long[request.options().size()];
            int count = 0;
            for (SharerOption option : request.options()) {
                Integer sharer = index.get(option.sharerId());
                if (sharer != null && !option.sharerId().equals(request.learnerId())) {
                    packed[count++] = ((long) sharer << 32) | option.score();
                }
            }
            Arrays.sort(packed, 0, count);
            int[] ofRequest = new int[count];
            int[] scoreOf = new int[count];
            int kept = 0;
            for (int i = 0; i < count; i++) {
                if (i + 1 < count && packed[i + 1] >>> 32 == packed[i] >>> 32) {
                    continue; // the same sharer again, with a score at least as high
                }
                ofRequest[kept] = (int) (packed[i] >>> 32);
                scoreOf[kept++] = (int) packed[i];
            }
            sharers[r] = Arrays.copyOf(ofRequest, kept);
            scores[r] = Arrays.copyOf(scoreOf, kept);
        }
        return new CanonicalRound(List.copyOf(requests), sharers, scores, List.copyOf(sharerIds), free, learners);
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
