package org.letsconnect.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.matching.suggestion.RelatedSkills;
import org.letsconnect.matching.suggestion.SharerStanding;
import org.letsconnect.matching.suggestion.SharerStandings;
import org.letsconnect.matching.suggestion.Suggestion;
import org.letsconnect.matching.suggestion.SuggestionConfig;
import org.letsconnect.matching.suggestion.SuggestionFilter;
import org.letsconnect.matching.suggestion.SuggestionRanking;
import org.letsconnect.matching.suggestion.SuggestionScorer;
import org.letsconnect.matching.suggestion.WakingOverlap;

import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * matching-service's ranking ({@link SuggestionRanking}) in this process, on one thread, with the population the
 * service holds and the standings its tables hold: what a suggestion request costs beyond HTTP, the token, the one query
 * of the learner's connections and JSON, which the service's own {@code GET /api/v1/session} baseline shows on this
 * machine. Beside it, the same answer computed the plain way: every sharer of a related skill who passes the filters
 * scored in full with {@link SuggestionScorer#score} and all of them sorted. Every answer must be the plain way's, same
 * sharers, same scores, same order: the bench fails otherwise.
 */
final class SuggestionRankingBench {

    private static final int WARM_UP_RANKINGS = 1000;

    /** One kind of request, ranked both ways. */
    record Figures(int requests, Duration p50, Duration p95, Duration p99, Duration plainP50, Duration plainP95,
            Duration plainP99, double meanCandidates) {
    }

    private final CandidateIndex index = new CandidateIndex();
    private final SuggestionScorer scorer;
    private final SuggestionRanking ranking;
    private final SharerStandings.Snapshot standings;
    private final Map<String, Set<String>> excluded;
    private final Instant now;
    private final SkillTree tree = SkillTree.standard();

    /**
     * @param excluded per learner, the sharers they may not be suggested (as the service reads them from its tables)
     */
    SuggestionRankingBench(List<ParticipantProfile> profiles, Map<String, SharerStanding> standings,
            Map<String, Set<String>> excluded, Instant now) {
        // the service's configuration as it ships: every default of the mapping
        SuggestionConfig config = new SmallRyeConfigBuilder().withMapping(SuggestionConfig.class).build()
                .getConfigMapping(SuggestionConfig.class);
        this.scorer = new SuggestionScorer(config);
        this.ranking = new SuggestionRanking(index, scorer);
        profiles.forEach(profile -> index.keep(Candidate.of(profile)));
        this.standings = new SharerStandings.Snapshot(Map.copyOf(standings), now);
        this.excluded = excluded;
        this.now = now;
    }

    /**
     * Ranks every call's learner and skill (all their skills when the call names none) both ways, each way in a pass of
     * its own (so that neither's garbage is collected in the other's time), after warming both up on
     * {@code warmUp} ({@link #WARM_UP_RANKINGS} at least, so that the JIT has compiled the walk as in a service that
     * has been answering for a while).
     */
    Figures measure(List<SuggestionBench.Call> warmUp, List<SuggestionBench.Call> calls, int limit) {
        for (int done = 0; !warmUp.isEmpty() && done < WARM_UP_RANKINGS; done += warmUp.size()) {
            for (SuggestionBench.Call call : warmUp) {
                rank(call, limit);
                plain(call, limit);
            }
        }
        long[] ranked = new long[calls.size()];
        List<List<Suggestion>> answers = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            long start = System.nanoTime();
            answers.add(rank(calls.get(i), limit));
            ranked[i] = System.nanoTime() - start;
        }
        long[] plain = new long[calls.size()];
        long candidates = 0;
        for (int i = 0; i < calls.size(); i++) {
            SuggestionBench.Call call = calls.get(i);
            long start = System.nanoTime();
            Plain expected = plain(call, limit);
            plain[i] = System.nanoTime() - start;
            candidates += expected.candidates();
            if (!same(answers.get(i)).equals(same(expected.best()))) {
                throw new IllegalStateException("The ranking of " + call.learner().participantId() + " ("
                        + call.skill() + ") differs from the plain way's: " + same(answers.get(i)) + " against "
                        + same(expected.best()));
            }
        }
        Arrays.sort(ranked);
        Arrays.sort(plain);
        return new Figures(calls.size(), SuggestionBench.percentile(ranked, 50), SuggestionBench.percentile(ranked, 95),
                SuggestionBench.percentile(ranked, 99), SuggestionBench.percentile(plain, 50),
                SuggestionBench.percentile(plain, 95), SuggestionBench.percentile(plain, 99),
                calls.isEmpty() ? 0 : (double) candidates / calls.size());
    }

    private List<Suggestion> rank(SuggestionBench.Call call, int limit) {
        Candidate learner = Candidate.of(call.learner());
        return ranking.rank(learner, skills(call, learner), limit, excludedFor(learner), standings, now);
    }

    private record Plain(List<Suggestion> best, int candidates) {
    }

    /** Every sharer of a related skill through the filters, scored in full, all sorted: the design without the walk. */
    private Plain plain(SuggestionBench.Call call, int limit) {
        Candidate learner = Candidate.of(call.learner());
        LocalDate week = WakingOverlap.weekOf(now);
        Set<String> out = excludedFor(learner);
        Map<String, Suggestion> best = new HashMap<>();
        Comparator<Suggestion> order = Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(s -> s.sharer().participantId());
        int candidates = 0;
        for (String skill : skills(call, learner)) {
            RelatedSkills related = scorer.related(skill);
            Set<String> seen = new HashSet<>();
            for (int rank = 0; rank < related.size(); rank++) {
                for (Candidate sharer : index.sharersOf(related.code(rank))) {
                    SharerStanding standing = standings.of(sharer.participantId());
                    if (!seen.add(sharer.participantId()) || !SuggestionFilter.admits(learner, sharer)
                            || !SuggestionFilter.admits(sharer, standing, out, now)) {
                        continue;
                    }
                    candidates++;
                    scorer.score(learner, sharer, skill, standing, week).ifPresent(suggestion -> best.merge(
                            sharer.participantId(), suggestion, (a, b) -> order.compare(b, a) < 0 ? b : a));
                }
            }
        }
        List<Suggestion> sorted = new ArrayList<>(best.values());
        sorted.sort(order);
        return new Plain(sorted.subList(0, Math.min(limit, sorted.size())), candidates);
    }

    private List<String> skills(SuggestionBench.Call call, Candidate learner) {
        return call.skill() != null ? List.of(call.skill())
                : learner.skillsToLearn().stream().filter(tree::contains).sorted().toList();
    }

    private Set<String> excludedFor(Candidate learner) {
        return excluded.getOrDefault(learner.participantId(), Set.of());
    }

    private static List<String> same(List<Suggestion> suggestions) {
        Function<Suggestion, String> key = s -> s.sharer().participantId() + " " + s.score() + " " + s.skill();
        return suggestions.stream().map(key).toList();
    }
}
