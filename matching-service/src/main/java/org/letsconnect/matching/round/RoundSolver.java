package org.letsconnect.matching.round;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * One optimal round: assigns as many open requests as the sharers' free places allow, and among those assignments
 * the one with the highest total score; among equal totals, the learners who have waited longest are served first.
 * Solved as a min-cost max-flow with OR-Tools' {@link MinCostFlow#solveMaxFlowWithMinCost()}, in integers, so the
 * optimum is exact. Stateless and safe for concurrent use; each round builds its own graph.
 * <p>
 * The network, built from the {@link CanonicalRound} (so the same input in any order gives the same graph and the
 * same answer):
 *
 * <pre>
 * source ─(1, rank r)→ request r ─(1, W·(MAX − score))→ sharer s ─(free places of s, 0)→ sink
 *                                └─(1, W·(MAX − score))→ pair (learner, s) ─(1, 0)→ sharer s
 * </pre>
 *
 * Capacity 1 out of the source gives a request at most one sharer. When a learner has several requests that could go
 * to the same sharer, those arcs pass through one node for the (learner, sharer) pair with capacity 1, so the pair is
 * assigned at most once. The maximum flow is the most requests that can be assigned at once (rule 1). Its cost is
 * {@code W × Σ (MAX − score) + Σ rank} over the assigned requests, where a request's rank is its place in the
 * longest-waiting-first order (0 to n − 1). Why the rank only breaks ties: all maximum flows assign the same number
 * of requests, at most k (the requests with an option, at most the free places), so they differ in {@code Σ rank} by
 * at most {@code k × (n − 1)}; with {@code W = k × (n − 1) + 1} a total score higher by just 1 lowers the cost by
 * {@code W}, more than any difference of ranks can make up. So the
 * minimum cost is the highest total score (rule 2), and among assignments with that score the one whose served
 * requests have the smallest rank sum — for the last free place, the request that has waited longest (rule 3).
 * Remaining ties (two sharers equally good for one request) are settled by the canonical order of the arcs, the
 * same on every run.
 * <p>
 * A bean for the service (its natives load when a round first needs them); plain {@code new RoundSolver()} works as
 * well (tests, the benchmark).
 */
@ApplicationScoped
public class RoundSolver {

    private static final int SOURCE = 0;
    private static final int SINK = 1;

    public RoundSolver() {
        OrToolsNatives.load();
    }

    public RoundResult solve(RoundInput input) {
        CanonicalRound round = CanonicalRound.of(input);
        int n = round.requestCount();
        int[] chosen = new int[n];
        Arrays.fill(chosen, -1);
        int k = round.mostAssignable();
        if (k == 0) {
            return round.result(chosen);
        }
        long tieWeight = Math.addExact(Math.multiplyExact((long) k, n - 1L), 1L);
        Network network = new Network(round);
        long scoreWeight = checkedScoreWeight(tieWeight, network.nodeCount());
        MinCostFlow flow = new MinCostFlow(network.nodeCount(), network.arcCount());
        try {
            int[][] arcs = network.build(flow, scoreWeight);
            flow.setNodeSupply(SOURCE, n);
            flow.setNodeSupply(SINK, -n);
            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("The round's min-cost flow was not solved to optimality: " + status
                        + " (" + n + " requests, " + round.sharerCount() + " sharers)");
            }
            for (int r = 0; r < n; r++) {
                for (int o = 0; o < arcs[r].length; o++) {
                    if (flow.getFlow(arcs[r][o]) > 0) {
                        chosen[r] = o;
                    }
                }
            }
        } finally {
            flow.delete(); // the graph lives in native memory
        }
        return round.result(chosen);
    }

    /**
     * The weight of a score point, {@code W}, after checking that OR-Tools can work with the costs: it scales every
     * cost by the number of nodes + 1 and answers {@code BAD_COST_RANGE} if that could overflow 64 bits. Far from it
     * at our sizes (10,000 requests: W·MAX ≈ 10¹¹, times 12,000 nodes ≈ 10¹⁵ of 9·10¹⁸).
     */
    private static long checkedScoreWeight(long tieWeight, int nodes) {
        try {
            long largestCost = Math.multiplyExact(tieWeight, (long) SharerOption.MAX_SCORE);
            Math.multiplyExact(Math.addExact(largestCost, 1L), nodes + 1L);
            return tieWeight;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("A round of this size cannot break ties by waiting time in 64-bit"
                    + " costs; split it by skill", e);
        }
    }

    /** The nodes and arcs of a round's network, numbered before they are added so the solver can size itself. */
    private static final class Network {

        private final CanonicalRound round;
        /** (learner, sharer) pair key → node, for pairs that more than one of the learner's requests could take. */
        private final Map<Long, Integer> pairNodes = new LinkedHashMap<>();
        private final int pairBase;
        private int optionArcs;

        Network(CanonicalRound round) {
            this.round = round;
            Map<Long, Integer> requestsOfPair = new HashMap<>();
            for (int r = 0; r < round.requestCount(); r++) {
                for (int o = 0; o < round.sharers[r].length; o++) {
                    requestsOfPair.merge(round.pair(r, o), 1, Integer::sum);
                    optionArcs++;
                }
            }
            pairBase = 2 + round.requestCount() + round.sharerCount();
            // numbered in canonical order: the first request (longest waiting) that names the pair comes first
            for (int r = 0; r < round.requestCount(); r++) {
                for (int o = 0; o < round.sharers[r].length; o++) {
                    long pair = round.pair(r, o);
                    if (requestsOfPair.get(pair) > 1 && !pairNodes.containsKey(pair)) {
                        pairNodes.put(pair, pairBase + pairNodes.size());
                    }
                }
            }
        }

        int nodeCount() {
            return pairBase + pairNodes.size();
        }

        int arcCount() {
            return round.requestCount() + optionArcs + pairNodes.size() + round.sharerCount();
        }

        private int requestNode(int r) {
            return 2 + r;
        }

        private int sharerNode(int s) {
            return 2 + round.requestCount() + s;
        }

        /** Adds every arc; answers, per request and option, the arc whose flow says the request goes there. */
        int[][] build(MinCostFlow flow, long scoreWeight) {
            int[][] arcs = new int[round.requestCount()][];
            for (int r = 0; r < round.requestCount(); r++) {
                flow.addArcWithCapacityAndUnitCost(SOURCE, requestNode(r), 1, r);
                int[] sharers = round.sharers[r];
                arcs[r] = new int[sharers.length];
                for (int o = 0; o < sharers.length; o++) {
                    Integer pairNode = pairNodes.get(round.pair(r, o));
                    int head = pairNode != null ? pairNode : sharerNode(sharers[o]);
                    long cost = scoreWeight * (SharerOption.MAX_SCORE - round.scores[r][o]);
                    arcs[r][o] = flow.addArcWithCapacityAndUnitCost(requestNode(r), head, 1, cost);
                }
            }
            for (Map.Entry<Long, Integer> pair : pairNodes.entrySet()) {
                int sharer = (int) (pair.getKey() % round.sharerCount());
                flow.addArcWithCapacityAndUnitCost(pair.getValue(), sharerNode(sharer), 1, 0);
            }
            for (int s = 0; s < round.sharerCount(); s++) {
                flow.addArcWithCapacityAndUnitCost(sharerNode(s), SINK, round.free[s], 0);
            }
            return arcs;
        }
    }
}
