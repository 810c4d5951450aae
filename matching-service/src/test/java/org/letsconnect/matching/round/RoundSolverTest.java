package org.letsconnect.matching.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The optimal round (OR-Tools) and the greedy baseline, on crafted and on small random rounds. */
class RoundSolverTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private static final RoundSolver OPTIMAL = new RoundSolver();
    private static final GreedyRoundSolver GREEDY = new GreedyRoundSolver();

    @Test
    void optimalAssignsBothWhereGreedyGivesTheOnlySharerOfOneToTheOther() {
        // greedy gives r1 its best (x, 1000); r2 can only have x, so it stays open. Optimal: r1 → y, r2 → x
        RoundInput input = new RoundInput(List.of(
                request("r1", "l1", 0, option("x", 1000), option("y", 990)),
                request("r2", "l2", 1, option("x", 900))),
                List.of(sharer("x", 1), sharer("y", 1)));

        RoundResult greedy = GREEDY.solve(input);
        RoundResult optimal = OPTIMAL.solve(input);

        assertEquals(Map.of("r1", "x"), sharersOf(greedy));
        assertEquals(List.of("r2"), unmatchedIds(greedy));
        assertEquals(Map.of("r1", "y", "r2", "x"), sharersOf(optimal));
        assertEquals(1890, optimal.totalScore());
        assertEquals(List.of(), optimal.unmatched());
        assertValid(input, optimal);
        assertValid(input, greedy);
    }

    @Test
    void optimalScoresHigherWhereGreedyAssignsAsMany() {
        // greedy: r1 → x (1000), then r2 → y (100) = 1100; optimal: r1 → y (990), r2 → x (900) = 1890
        RoundInput input = new RoundInput(List.of(
                request("r1", "l1", 0, option("x", 1000), option("y", 990)),
                request("r2", "l2", 1, option("x", 900), option("y", 100))),
                List.of(sharer("x", 1), sharer("y", 1)));

        assertEquals(1100, GREEDY.solve(input).totalScore());
        RoundResult optimal = OPTIMAL.solve(input);
        assertEquals(Map.of("r1", "y", "r2", "x"), sharersOf(optimal));
        assertEquals(1890, optimal.totalScore());
    }

    @Test
    void aSharerTakesNoMoreThanTheirFreePlaces() {
        List<OpenRequest> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            requests.add(request("r" + i, "l" + i, i, option("x", 500 + i), option("y", 100)));
        }
        RoundInput input = new RoundInput(requests, List.of(sharer("x", 2), sharer("y", 1)));

        RoundResult result = OPTIMAL.solve(input);

        assertEquals(3, result.assignments().size());
        assertEquals(2, result.assignments().stream().filter(a -> a.sharerId().equals("x")).count());
        assertEquals(1, result.assignments().stream().filter(a -> a.sharerId().equals("y")).count());
        assertEquals(2, result.unmatched().size());
        assertValid(input, result);
    }

    @Test
    void requestsLeftOpenAreReportedLongestWaitingFirst() {
        RoundInput input = new RoundInput(List.of(
                request("no-options", "l1", 5),
                request("x-is-full", "l2", 1, option("x", 800)),
                request("gets-x", "l3", 0, option("x", 900)),
                request("unknown-sharer", "l4", 3, option("nobody", 1000))),
                List.of(sharer("x", 1)));

        RoundResult result = OPTIMAL.solve(input);

        assertEquals(List.of(new Assignment("gets-x", "l3", "x", "skill", 900)), result.assignments());
        assertEquals(List.of("x-is-full", "unknown-sharer", "no-options"), unmatchedIds(result));
        assertEquals(900, result.totalScore());
    }

    @Test
    void theLongestWaitingLearnerWinsATieForTheLastPlace() {
        // the newer request's id sorts first, so only its waiting time can decide against it
        for (boolean olderFirstInInput : new boolean[] { true, false }) {
            OpenRequest older = request("z-older", "l1", 0, option("x", 500));
            OpenRequest newer = request("a-newer", "l2", 1, option("x", 500));
            RoundInput input = new RoundInput(olderFirstInInput ? List.of(older, newer) : List.of(newer, older),
                    List.of(sharer("x", 1)));

            assertEquals(Map.of("z-older", "x"), sharersOf(OPTIMAL.solve(input)));
            assertEquals(Map.of("z-older", "x"), sharersOf(GREEDY.solve(input)));
        }
    }

    @Test
    void waitingNeverOutweighsOnePointOfScore() {
        // ten requests, so the newest one's rank (9) differs most from the oldest's (0): still one point decides
        List<OpenRequest> requests = new ArrayList<>();
        requests.add(request("oldest", "l0", 0, option("x", 500)));
        for (int i = 1; i < 9; i++) {
            requests.add(request("filler" + i, "l" + i, i, option("y", 100)));
        }
        requests.add(request("newest", "l9", 9, option("x", 501)));
        RoundInput input = new RoundInput(requests, List.of(sharer("x", 1), sharer("y", 8)));

        RoundResult result = OPTIMAL.solve(input);

        assertEquals("x", sharersOf(result).get("newest"));
        assertEquals(List.of("oldest"), unmatchedIds(result));
    }

    @Test
    void theSameRequestsInAnyOrderGiveTheSameRound() {
        Random random = new Random(7);
        // few distinct scores and times, so there are many ties to settle
        RoundInput input = randomRound(random, 300, 60, 40, new int[] { 400, 500, 600 }, 5);
        RoundResult optimal = OPTIMAL.solve(input);
        RoundResult greedy = GREEDY.solve(input);
        assertValid(input, optimal);
        assertValid(input, greedy);

        for (int shuffle = 0; shuffle < 5; shuffle++) {
            List<OpenRequest> requests = new ArrayList<>();
            for (OpenRequest request : input.requests()) {
                List<SharerOption> options = new ArrayList<>(request.options());
                Collections.shuffle(options, random);
                requests.add(new OpenRequest(request.requestId(), request.learnerId(), request.skill(),
                        request.requestedAt(), options));
            }
            Collections.shuffle(requests, random);
            List<SharerCapacity> sharers = new ArrayList<>(input.sharers());
            Collections.shuffle(sharers, random);
            RoundInput shuffled = new RoundInput(requests, sharers);

            // the unmatched requests come back as given, options in the shuffled order: compare their ids
            RoundResult optimalAgain = OPTIMAL.solve(shuffled);
            assertEquals(optimal.assignments(), optimalAgain.assignments());
            assertEquals(unmatchedIds(optimal), unmatchedIds(optimalAgain));
            RoundResult greedyAgain = GREEDY.solve(shuffled);
            assertEquals(greedy.assignments(), greedyAgain.assignments());
            assertEquals(unmatchedIds(greedy), unmatchedIds(greedyAgain));
        }
    }

    @Test
    void anEmptyRoundAssignsNothing() {
        assertEquals(RoundResult.empty(), OPTIMAL.solve(new RoundInput(List.of(), List.of(sharer("x", 3)))));
        assertEquals(RoundResult.empty(), GREEDY.solve(new RoundInput(List.of(), List.of())));

        OpenRequest lonely = request("r1", "l1", 0, option("x", 700));
        RoundResult noSharers = OPTIMAL.solve(new RoundInput(List.of(lonely), List.of()));
        assertEquals(new RoundResult(List.of(), List.of(lonely), 0), noSharers);
    }

    @Test
    void aSharerWithNoFreePlaceGetsNoRequest() {
        RoundInput input = new RoundInput(List.of(
                request("r1", "l1", 0, option("full", 1000), option("y", 10)),
                request("r2", "l2", 1, option("full", 1000))),
                List.of(sharer("full", 0), sharer("y", 1)));

        for (RoundResult result : List.of(OPTIMAL.solve(input), GREEDY.solve(input))) {
            assertEquals(Map.of("r1", "y"), sharersOf(result));
            assertEquals(List.of("r2"), unmatchedIds(result));
        }
    }

    @Test
    void aSharerNamedTwiceInARequestCountsOnceWithTheHigherScore() {
        RoundInput input = new RoundInput(List.of(
                request("r1", "l1", 0, option("x", 300), option("x", 700))),
                List.of(sharer("x", 2)));

        for (RoundResult result : List.of(OPTIMAL.solve(input), GREEDY.solve(input))) {
            assertEquals(List.of(new Assignment("r1", "l1", "x", "skill", 700)), result.assignments());
        }
    }

    @Test
    void aLearnerGetsASharerOnceEvenForTwoRequests() {
        // l1 asks for two skills that x shares, and x has two places: l1 gets x once, the other request goes to y
        RoundInput input = new RoundInput(List.of(
                new OpenRequest("r1", "l1", "commons", T0, List.of(option("x", 900), option("y", 100))),
                new OpenRequest("r2", "l1", "wikidata", T0.plusSeconds(1), List.of(option("x", 800)))),
                List.of(sharer("x", 2), sharer("y", 1)));

        RoundResult optimal = OPTIMAL.solve(input);
        assertEquals(Map.of("r1", "y", "r2", "x"), sharersOf(optimal));
        assertValid(input, optimal);

        RoundResult greedy = GREEDY.solve(input);
        assertEquals(Map.of("r1", "x"), sharersOf(greedy));
        assertValid(input, greedy);

        RoundInput onlyX = new RoundInput(input.requests(), List.of(sharer("x", 2)));
        assertEquals(1, OPTIMAL.solve(onlyX).assignments().size());
    }

    @Test
    void aLearnerIsNeverTheirOwnSharer() {
        RoundInput input = new RoundInput(List.of(request("r1", "l1", 0, option("l1", 1000))),
                List.of(sharer("l1", 1)));

        assertEquals(List.of("r1"), unmatchedIds(OPTIMAL.solve(input)));
    }

    @Test
    void optimalMatchesAnExhaustiveSearchOnSmallRounds() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            RoundInput input = randomRound(random, 1 + random.nextInt(6), 1 + random.nextInt(3),
                    1 + random.nextInt(4), null, 3);
            long[] best = exhaustiveBest(input);

            RoundResult optimal = OPTIMAL.solve(input);
            RoundResult greedy = GREEDY.solve(input);

            assertValid(input, optimal);
            assertValid(input, greedy);
            assertEquals(best[0], optimal.assignments().size(), "most requests assigned, round " + round);
            assertEquals(best[1], optimal.totalScore(), "then the highest total score, round " + round);
            assertTrue(greedy.assignments().size() < best[0]
                    || greedy.assignments().size() == best[0] && greedy.totalScore() <= best[1]);
        }
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> option("x", SharerOption.MAX_SCORE + 1));
        assertThrows(IllegalArgumentException.class, () -> option("x", -1));
        assertThrows(IllegalArgumentException.class, () -> sharer("x", -1));
        assertThrows(IllegalArgumentException.class, () -> new RoundInput(
                List.of(request("r1", "l1", 0), request("r1", "l2", 1)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RoundInput(List.of(),
                List.of(sharer("x", 1), sharer("x", 2))));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static OpenRequest request(String id, String learner, int minutesAfterT0, SharerOption... options) {
        return new OpenRequest(id, learner, "skill", T0.plusSeconds(60L * minutesAfterT0), List.of(options));
    }

    private static SharerOption option(String sharer, int score) {
        return new SharerOption(sharer, score);
    }

    private static SharerCapacity sharer(String id, int free) {
        return new SharerCapacity(id, free);
    }

    private static Map<String, String> sharersOf(RoundResult result) {
        Map<String, String> sharers = new HashMap<>();
        result.assignments().forEach(a -> sharers.put(a.requestId(), a.sharerId()));
        return sharers;
    }

    private static List<String> unmatchedIds(RoundResult result) {
        return result.unmatched().stream().map(OpenRequest::requestId).toList();
    }

    /**
     * A random round: {@code scores} null for any score 0..1000; requests made at one of {@code times} instants;
     * learners recur, so some have several requests naming the same sharer.
     */
    private static RoundInput randomRound(Random random, int requestCount, int sharerCount, int learnerCount,
            int[] scores, int times) {
        List<SharerCapacity> sharers = new ArrayList<>();
        for (int s = 0; s < sharerCount; s++) {
            sharers.add(sharer("s" + s, random.nextInt(4)));
        }
        List<OpenRequest> requests = new ArrayList<>();
        for (int r = 0; r < requestCount; r++) {
            List<SharerOption> options = new ArrayList<>();
            int count = random.nextInt(Math.min(sharerCount, 5) + 1);
            for (int o = 0; o < count; o++) {
                int score = scores == null ? random.nextInt(SharerOption.MAX_SCORE + 1)
                        : scores[random.nextInt(scores.length)];
                options.add(option("s" + random.nextInt(sharerCount), score)); // may name a sharer twice
            }
            requests.add(new OpenRequest("r" + r, "l" + random.nextInt(learnerCount), "skill",
                    T0.plusSeconds(random.nextInt(times)), options));
        }
        return new RoundInput(requests, sharers);
    }

    /** Every request assigned at most once, to one of its options with that option's best score, within the rules. */
    private static void assertValid(RoundInput input, RoundResult result) {
        Map<String, OpenRequest> requests = new HashMap<>();
        input.requests().forEach(r -> requests.put(r.requestId(), r));
        Map<String, Integer> free = new HashMap<>();
        input.sharers().forEach(s -> free.put(s.sharerId(), s.free()));
        Set<String> assigned = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        Map<String, Integer> taken = new HashMap<>();
        long total = 0;
        for (Assignment assignment : result.assignments()) {
            OpenRequest request = requests.get(assignment.requestId());
            assertTrue(assigned.add(assignment.requestId()), "a request once: " + assignment);
            assertEquals(request.learnerId(), assignment.learnerId());
            int best = request.options().stream().filter(o -> o.sharerId().equals(assignment.sharerId()))
                    .mapToInt(SharerOption::score).max().orElseThrow();
            assertEquals(best, assignment.score(), "the option's (best) score: " + assignment);
            assertTrue(pairs.add(assignment.learnerId() + "→" + assignment.sharerId()), "a pair once: " + assignment);
            assertTrue(!assignment.learnerId().equals(assignment.sharerId()));
            taken.merge(assignment.sharerId(), 1, Integer::sum);
            total += assignment.score();
        }
        taken.forEach((sharer, count) -> assertTrue(count <= free.getOrDefault(sharer, 0),
                sharer + " takes " + count + " of " + free.get(sharer)));
        assertEquals(total, result.totalScore());
        Set<String> unmatched = new HashSet<>();
        result.unmatched().forEach(r -> unmatched.add(r.requestId()));
        assertEquals(input.requests().size(), assigned.size() + unmatched.size());
        assertTrue(Collections.disjoint(assigned, unmatched));
    }

    /** The most requests assigned and, with as many, the highest total: by trying every assignment. */
    private static long[] exhaustiveBest(RoundInput input) {
        Map<String, Integer> free = new HashMap<>();
        input.sharers().forEach(s -> free.put(s.sharerId(), s.free()));
        long[] best = { 0, 0 };
        search(input.requests(), 0, free, new HashSet<>(), 0, 0, best);
        return best;
    }

    private static void search(List<OpenRequest> requests, int next, Map<String, Integer> free, Set<String> pairs,
            long count, long total, long[] best) {
        if (next == requests.size()) {
            if (count > best[0] || count == best[0] && total > best[1]) {
                best[0] = count;
                best[1] = total;
            }
            return;
        }
        OpenRequest request = requests.get(next);
        search(requests, next + 1, free, pairs, count, total, best);
        Set<String> tried = new HashSet<>();
        List<SharerOption> options = new ArrayList<>(request.options());
        options.sort((a, b) -> Integer.compare(b.score(), a.score()));
        for (SharerOption option : options) {
            String pair = request.learnerId() + "→" + option.sharerId();
            if (!tried.add(option.sharerId()) || free.getOrDefault(option.sharerId(), 0) == 0
                    || request.learnerId().equals(option.sharerId()) || pairs.contains(pair)) {
                continue;
            }
            free.merge(option.sharerId(), -1, Integer::sum);
            pairs.add(pair);
            search(requests, next + 1, free, pairs, count + 1, total + option.score(), best);
            pairs.remove(pair);
            free.merge(option.sharerId(), 1, Integer::sum);
        }
    }
}
