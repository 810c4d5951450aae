package org.letsconnect.matching.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.matching.connection.ConnectionConfig;
import org.letsconnect.matching.suggestion.SuggestionScorer.Prescore;
import org.letsconnect.platform.work.OffEventLoop;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Ranks sharers for a learner, from the in-memory index and two queries of matching's tables.
 *
 * <p>
 * A ranking walks the index's buckets of sharers for the skill and every related skill, best relation first, prescores
 * each candidate once ({@link SuggestionFilter#admits(Candidate, Candidate)}, in the bucket of their best related skill)
 * and keeps only the best few hundred, skipping whole buckets whose relation cannot reach them. It then reads the
 * standings (load, pause, away, responsiveness) of the best kept ones only, a batch at a time: once the
 * {@code limit}-th complete score beats what anyone not yet completed could still reach
 * ({@link SuggestionScorer#mostFromStanding()}), no one further down can enter, so the answer is exact without reading
 * 100,000 sharers' rows. Usually the first batch is enough; when the kept ones run out first, the ranking is made again
 * keeping more. Equal scores are ordered by participant id.
 */
@ApplicationScoped
public class SuggestionService {

    /** Candidates whose standings one query reads: a few times the answer, so that filtered ones rarely force more. */
    private static final int MIN_BATCH = 200;

    private static final Comparator<Suggestion> RANK = Comparator.comparingInt(Suggestion::score).reversed()
            .thenComparing(s -> s.sharer().participantId());
    private static final Comparator<Prescore> PRERANK = Comparator.comparingInt(Prescore::points).reversed()
            .thenComparing(p -> p.sharer().participantId());

    private final CandidateIndex index;
    private final SuggestionScorer scorer;
    private final SuggestionQueries queries;
    private final SuggestionConfig config;
    private final ConnectionConfig connections;
    private final Clock clock;
    private final SkillTree tree = SkillTree.standard();
    private final Map<String, RelatedCodes> related = new ConcurrentHashMap<>();

    public SuggestionService(CandidateIndex index, SuggestionScorer scorer, SuggestionQueries queries,
            SuggestionConfig config, ConnectionConfig connections, Clock clock) {
        this.index = index;
        this.scorer = scorer;
        this.queries = queries;
        this.config = config;
        this.connections = connections;
        this.clock = clock;
    }

    /**
     * The best {@code limit} sharers for the learner, ranked, every hard filter applied. With a {@code skill} (a taxonomy
     * code), sharers of it or of a related skill; without one ({@code null}), over all the learner's skills to learn,
     * each sharer once with their best skill.
     */
    public Uni<List<Suggestion>> suggest(Candidate learner, String skill, int limit) {
        return suggest(learner, skill, limit, Set.of());
    }

    /**
     * As {@link #suggest(Candidate, String, int)}, leaving out these participant ids as well (for the next candidate
     * after a decline or an expiry: the sharers already tried).
     */
    public Uni<List<Suggestion>> suggest(Candidate learner, String skill, int limit, Set<String> alsoExcluded) {
        if (limit <= 0) {
            return Uni.createFrom().item(List.of());
        }
        Instant now = clock.instant();
        LocalDate week = WakingOverlap.weekOf(now);
        List<String> skills = skill != null ? List.of(skill)
                : learner.skillsToLearn().stream().filter(tree::contains).sorted().toList();
        Instant declinedAfter = now.minus(connections.declineCooldown());
        int kept = firstBatch(limit);
        // the ranking over the index is CPU work of milliseconds: never on the event loop
        return OffEventLoop.compute(() -> prescore(learner, skills, week, kept)).flatMap(prescored -> {
            if (prescored.best().isEmpty()) {
                return Uni.createFrom().item(List.<Suggestion> of());
            }
            return queries.excludedFor(learner.participantId(), declinedAfter).flatMap(excluded -> {
                Set<String> out = new LinkedHashSet<>(excluded);
                out.addAll(alsoExcluded);
                return rank(prescored, learner, skills, week, limit, out, now, kept);
            });
        });
    }

    /**
     * Completes the prescores kept; in the rare case that they run out before the answer is certain (most of them
     * excluded by their standings), prescores again keeping four times as many.
     */
    private Uni<List<Suggestion>> rank(Prescored prescored, Candidate learner, List<String> skills, LocalDate week,
            int limit, Set<String> excluded, Instant now, int kept) {
        return complete(prescored, 0, limit, excluded, now, new ArrayList<>()).flatMap(ranked -> {
            if (ranked.isPresent()) {
                return Uni.createFrom().item(ranked.get());
            }
            int more = kept * 4;
            return OffEventLoop.compute(() -> prescore(learner, skills, week, more))
                    .flatMap(again -> rank(again, learner, skills, week, limit, excluded, now, more));
        });
    }

    /** Candidates whose standings one query reads, and kept by the first prescoring. */
    private static int firstBatch(int limit) {
        return Math.max(MIN_BATCH, limit * 4);
    }

    /**
     * The best prescores, best first, a sharer once with the best of the skills, and the most points any candidate
     * left out could have ({@code -1} when none was).
     */
    private record Prescored(List<Prescore> best, int leftOutAtMost) {
    }

    /**
     * The {@code kept} best prescores of the candidates for the skills. Per skill, a heap of the best so far; a bucket
     * of sharers whose relation cannot reach the heap's worst is skipped whole, and only what enters the heap is kept.
     * Each skill's best {@code kept} hold every sharer among the best {@code kept} over all skills (whoever is above a
     * sharer for that sharer's best skill is above it overall), so merging them is exact.
     */
    private Prescored prescore(Candidate learner, List<String> skills, LocalDate week, int kept) {
        SuggestionScorer.LearnerPrescores prescores = scorer.forLearner(learner, week);
        Map<String, Prescore> best = new HashMap<>();
        int leftOutAtMost = -1;
        for (String skill : skills) {
            PriorityQueue<Prescore> heap = new PriorityQueue<>(kept + 1, PRERANK.reversed());
            RelatedCodes related = this.related.computeIfAbsent(skill, this::relatedCodes);
            for (int rank = 0; rank < related.codes().size(); rank++) {
                String code = related.codes().get(rank);
                SkillRelation relation = related.relations().get(rank);
                if (heap.size() == kept && prescores.mostFor(relation) <= heap.peek().points()) {
                    leftOutAtMost = Math.max(leftOutAtMost, prescores.mostFor(relation));
                    continue;
                }
                for (Candidate sharer : index.sharersOf(code)) {
                    if (related.bestRankOf(sharer) != rank || !SuggestionFilter.admits(learner, sharer)) {
                        continue; // met in a better bucket, or never a candidate
                    }
                    Prescore prescore = prescores.prescore(sharer, skill, code, relation);
                    heap.add(prescore);
                    if (heap.size() > kept) {
                        leftOutAtMost = Math.max(leftOutAtMost, heap.poll().points());
                    }
                }
            }
            for (Prescore prescore : heap) {
                best.merge(prescore.sharer().participantId(), prescore,
                        (known, next) -> next.points() > known.points() ? next : known);
            }
        }
        List<Prescore> sorted = new ArrayList<>(best.values());
        sorted.sort(PRERANK);
        return new Prescored(sorted, leftOutAtMost);
    }

    /**
     * The codes whose sharers may serve someone who wants a skill, best relation first (then by code, the order in
     * which a sharer's best shared skill is chosen), and each code's rank in that order.
     */
    private record RelatedCodes(List<String> codes, List<SkillRelation> relations, Map<String, Integer> ranks) {

        /** The rank of the sharer's best related code: the one bucket in which the sharer is scored. */
        int bestRankOf(Candidate sharer) {
            int best = Integer.MAX_VALUE;
            for (String code : sharer.skillsToShare()) {
                Integer rank = ranks.get(code);
                if (rank != null && rank < best) {
                    best = rank;
                }
            }
            return best;
        }
    }

    private RelatedCodes relatedCodes(String skill) {
        record Related(String code, SkillRelation relation) {
        }
        List<Related> related = tree.codes().stream()
                .flatMap(code -> SkillRelation.between(tree, skill, code).map(r -> new Related(code, r)).stream())
                .sorted(Comparator.comparing(Related::relation).thenComparing(Related::code))
                .toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < related.size(); i++) {
            ranks.put(related.get(i).code(), i);
        }
        return new RelatedCodes(related.stream().map(Related::code).toList(),
                related.stream().map(Related::relation).toList(), Map.copyOf(ranks));
    }

    /**
     * Reads the standings of the next batch, completes their scores, and goes on only while the answer could change;
     * empty when the kept prescores ran out while someone left out could still enter the answer.
     */
    private Uni<Optional<List<Suggestion>>> complete(Prescored prescored, int from, int limit, Set<String> excluded,
            Instant now, List<Suggestion> ranked) {
        List<Prescore> best = prescored.best();
        int to = Math.min(best.size(), from + firstBatch(limit));
        List<Prescore> batch = best.subList(from, to);
        return queries.standings(batch.stream().map(p -> p.sharer().participantId()).toList()).flatMap(standings -> {
            for (Prescore prescore : batch) {
                Candidate sharer = prescore.sharer();
                SharerStanding standing = standings.getOrDefault(sharer.participantId(),
                        SharerStanding.fresh(sharer.participantId()));
                if (SuggestionFilter.admits(sharer, standing, excluded, now)) {
                    ranked.add(scorer.complete(prescore, standing));
                }
            }
            ranked.sort(RANK);
            if (ranked.size() > limit) {
                ranked.subList(limit, ranked.size()).clear();
            }
            // the most points anyone not completed yet could prescore: the next kept one, or one left out
            int nextAtMost = Math.max(to < best.size() ? best.get(to).points() : -1, prescored.leftOutAtMost());
            boolean settled = nextAtMost < 0 || ranked.size() == limit
                    && ranked.get(limit - 1).score() > nextAtMost + scorer.mostFromStanding();
            if (settled) {
                Log.debugf("Ranked %d of %d kept candidates for %s, standings read for %d", ranked.size(),
                        best.size(), best.get(0).skill(), to);
                return Uni.createFrom().item(Optional.of(List.copyOf(ranked)));
            }
            return to < best.size() ? complete(prescored, to, limit, excluded, now, ranked)
                    : Uni.createFrom().item(Optional.<List<Suggestion>> empty());
        });
    }
}
