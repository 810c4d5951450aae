package org.letsconnect.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.letsconnect.bench.BenchSettings.RoundSizes;
import org.letsconnect.matching.round.Assignment;
import org.letsconnect.matching.round.GreedyRoundSolver;
import org.letsconnect.matching.round.OpenRequest;
import org.letsconnect.matching.round.RoundInput;
import org.letsconnect.matching.round.RoundResult;
import org.letsconnect.matching.round.RoundSolver;
import org.letsconnect.matching.round.SharerCapacity;
import org.letsconnect.matching.round.SharerOption;

/**
 * matching-service's batch round (issue #12): one random but fixed input (its seed), solved by {@link RoundSolver}
 * (OR-Tools' min-cost max-flow) and by {@link GreedyRoundSolver}, the baseline, in this JVM. It measures the solve
 * time and compares how many requests each assigns and their total score. It fails only on wrong answers: an
 * assignment outside the rules, an optimal round that assigns fewer or scores less than greedy, a solve that answers
 * differently when repeated.
 * <p>
 * The input: skills wanted and offered with a mild skew (weight 1/(rank+1)^0.6), the most wanted skills not the most
 * offered (the two rankings are independent), so some skills have many more requests than places and some none.
 * Sharers share 1–3 skills and have 1–5 free places; learners have 1–5 open requests for different skills, so a
 * learner often could get the same sharer twice; each request's options are all sharers of its skill, scored (the
 * sharer's quality + the pair's fit) / 2, both uniform 0..1000, so good sharers are wanted by many.
 */
final class RoundBench {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final double SKEW = 0.6;

    /**
     * One solver's answer: the result and how long solving took, in wall-clock time and in CPU time of the solving
     * thread (OR-Tools solves in the calling thread): on a machine shared with other builds the CPU time says more.
     */
    record Solved(RoundResult result, Duration median, Duration first, Duration medianCpu) {

        int assigned() {
            return result.assignments().size();
        }
    }

    /** The input's shape and both solvers' answers. */
    record Results(RoundSizes sizes, int learners, int options, long freePlaces, int requestsWithSharer,
            Duration nativesLoad, Solved optimal, Solved greedy) {
    }

    private RoundBench() {
    }

    static Results run(RoundSizes sizes) {
        NotificationBench.say("round: " + sizes.requests() + " requests over " + sizes.sharers() + " sharers, "
                + sizes.skills() + " skills, seed " + sizes.seed());
        Generated generated = generate(sizes);
        RoundInput input = generated.input();
        long start = System.nanoTime();
        RoundSolver optimalSolver = new RoundSolver(); // loads the natives, once per JVM
        Duration nativesLoad = Duration.ofNanos(System.nanoTime() - start);
        GreedyRoundSolver greedySolver = new GreedyRoundSolver();
        Solved optimal = solve(sizes.repeats(), () -> optimalSolver.solve(input), "OR-Tools");
        Solved greedy = solve(sizes.repeats(), () -> greedySolver.solve(input), "greedy");
        check(input, optimal.result(), "OR-Tools");
        check(input, greedy.result(), "greedy");
        if (optimal.assigned() < greedy.assigned()
                || optimal.assigned() == greedy.assigned() && optimal.result().totalScore() < greedy.result()
                        .totalScore()) {
            throw new IllegalStateException("The optimal round is worse than greedy: " + optimal.assigned() + " / "
                    + optimal.result().totalScore() + " against " + greedy.assigned() + " / "
                    + greedy.result().totalScore());
        }
        int options = input.requests().stream().mapToInt(request -> request.options().size()).sum();
        long freePlaces = input.sharers().stream().mapToLong(SharerCapacity::free).sum();
        int withSharer = (int) input.requests().stream().filter(request -> !request.options().isEmpty()).count();
        NotificationBench.say("round: OR-Tools " + optimal.median().toMillis() + " ms, greedy "
                + greedy.median().toMillis() + " ms");
        return new Results(sizes, generated.learners(), options, freePlaces, withSharer, nativesLoad, optimal, greedy);
    }

    /** Solves {@code repeats} times (at least once); every answer must be the first's. */
    private static Solved solve(int repeats, Supplier<RoundResult> solver, String name) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> times = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        RoundResult first = null;
        for (int i = 0; i < Math.max(1, repeats); i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            RoundResult result = solver.get();
            times.add(System.nanoTime() - start);
            cpuTimes.add(threads.getCurrentThreadCpuTime() - cpuStart);
            if (first == null) {
                first = result;
            } else if (!first.assignments().equals(result.assignments())) {
                throw new IllegalStateException(name + " answered differently when solving the same round again");
            }
        }
        Duration firstTime = Duration.ofNanos(times.get(0));
        Collections.sort(times);
        Collections.sort(cpuTimes);
        return new Solved(first, Duration.ofNanos(times.get(times.size() / 2)), firstTime,
                Duration.ofNanos(cpuTimes.get(cpuTimes.size() / 2)));
    }

    /** Every request once, to one of its sharers with that option's score, within capacities, a pair once. */
    private static void check(RoundInput input, RoundResult result, String name) {
        Map<String, OpenRequest> requests = new HashMap<>();
        input.requests().forEach(request -> requests.put(request.requestId(), request));
        Map<String, Integer> free = new HashMap<>();
        input.sharers().forEach(sharer -> free.put(sharer.sharerId(), sharer.free()));
        Set<String> assigned = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        long total = 0;
        for (Assignment assignment : result.assignments()) {
            OpenRequest request = requests.get(assignment.requestId());
            boolean anOption = request != null && request.options().stream().anyMatch(
                    option -> option.sharerId().equals(assignment.sharerId()) && option.score() == assignment.score());
            if (!anOption || !assigned.add(assignment.requestId())
                    || !pairs.add(request.learnerId() + "\n" + assignment.sharerId())
                    || free.merge(assignment.sharerId(), -1, Integer::sum) < 0) {
                throw new IllegalStateException(name + " broke a rule of the round: " + assignment);
            }
            total += assignment.score();
        }
        if (total != result.totalScore() || assigned.size() + result.unmatched().size() != requests.size()) {
            throw new IllegalStateException(name + " miscounted the round");
        }
    }

    private record Generated(RoundInput input, int learners) {
    }

    private static Generated generate(RoundSizes sizes) {
        Random random = new Random(sizes.seed());
        List<String> skills = new ArrayList<>();
        for (int k = 0; k < sizes.skills(); k++) {
            skills.add(String.format("skill-%03d", k));
        }
        double[] demand = skewed(sizes.skills(), identity(sizes.skills()));
        List<Integer> supplyOrder = new ArrayList<>();
        for (int k = 0; k < sizes.skills(); k++) {
            supplyOrder.add(k);
        }
        Collections.shuffle(supplyOrder, random);
        double[] supply = skewed(sizes.skills(), supplyOrder.stream().mapToInt(Integer::intValue).toArray());

        List<SharerCapacity> sharers = new ArrayList<>();
        int[] quality = new int[sizes.sharers()];
        List<List<Integer>> sharersBySkill = new ArrayList<>();
        for (int k = 0; k < sizes.skills(); k++) {
            sharersBySkill.add(new ArrayList<>());
        }
        for (int s = 0; s < sizes.sharers(); s++) {
            sharers.add(new SharerCapacity(String.format("sharer-%05d", s), 1 + random.nextInt(5)));
            quality[s] = random.nextInt(SharerOption.MAX_SCORE + 1);
            for (int skill : distinct(random, supply, 1 + random.nextInt(3))) {
                sharersBySkill.get(skill).add(s);
            }
        }

        List<OpenRequest> requests = new ArrayList<>();
        int learners = 0;
        while (requests.size() < sizes.requests()) {
            String learner = String.format("learner-%05d", learners++);
            int count = Math.min(requestCount(random), sizes.requests() - requests.size());
            for (int skill : distinct(random, demand, count)) {
                List<SharerOption> options = new ArrayList<>();
                for (int s : sharersBySkill.get(skill)) {
                    int fit = random.nextInt(SharerOption.MAX_SCORE + 1);
                    options.add(new SharerOption(sharers.get(s).sharerId(), (quality[s] + fit) / 2));
                }
                Instant requestedAt = NOW.minusSeconds(random.nextInt(30 * 24 * 3600));
                requests.add(new OpenRequest("request-" + requests.size(), learner, skills.get(skill), requestedAt,
                        options));
            }
        }
        return new Generated(new RoundInput(requests, sharers), learners);
    }

    /** A learner's open requests: mostly one or two, at most five. */
    private static int requestCount(Random random) {
        int roll = random.nextInt(100);
        return roll < 50 ? 1 : roll < 75 ? 2 : roll < 88 ? 3 : roll < 95 ? 4 : 5;
    }

    private static int[] identity(int size) {
        int[] order = new int[size];
        Arrays.setAll(order, i -> i);
        return order;
    }

    /** Cumulative weights: the skill at {@code order[i]} weighs 1/(i+1)^SKEW. */
    private static double[] skewed(int size, int[] order) {
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[order[i]] = 1 / Math.pow(i + 1, SKEW);
        }
        for (int k = 1; k < size; k++) {
            weights[k] += weights[k - 1];
        }
        return weights;
    }

    /** {@code count} different skills drawn by the cumulative weights (fewer if there are not as many skills). */
    private static Set<Integer> distinct(Random random, double[] cumulative, int count) {
        Set<Integer> drawn = new LinkedHashSet<>();
        int wanted = Math.min(count, cumulative.length);
        while (drawn.size() < wanted) {
            double point = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = Arrays.binarySearch(cumulative, point);
            drawn.add(Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1));
        }
        return drawn;
    }
}
