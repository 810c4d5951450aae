package org.letsconnect.matching.suggestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.matching.suggestion.SuggestionScorer.Prescore;

/**
 * The ranking itself, in memory and pure: the index, the standings and the learner's exclusions in, the best sharers
 * with their reasons out.
 *
 * <p>
 * It walks the index's buckets of sharers for the skill and every related skill, best relation first
 * ({@link RelatedSkills}), scores each candidate once, in the bucket of their best related skill, and keeps the best
 * {@code limit} in a heap. A whole bucket is skipped once its relation cannot reach the heap's worst (the most its
 * sharers could score, {@link SuggestionScorer.LearnerPrescores#mostFor} plus {@link SuggestionScorer#mostFromStanding},
 * is below it), so a popular skill's ranking rarely reads beyond its own sharers. Only the answered ones get their
 * reasons written. Equal scores are ordered by participant id.
 */
public final class SuggestionRanking {

    private static final Comparator<Ranked> RANK = Comparator.comparingInt(Ranked::score).reversed()
            .thenComparing(r -> r.prescore().sharer().participantId());

    private final CandidateIndex index;
    private final SuggestionScorer scorer;

    public SuggestionRanking(CandidateIndex index, SuggestionScorer scorer) {
        this.index = index;
        this.scorer = scorer;
    }

    /**
     * The best {@code limit} sharers for the learner over the skills (each sharer once, with their best), none of
     * {@code excluded}, every hard filter ({@link SuggestionFilter}) applied, each with their reasons.
     */
    public List<Suggestion> rank(Candidate learner, List<String> skills, int limit, Set<String> excluded,
            SharerStandings.Snapshot standings, Instant now) {
        SuggestionScorer.LearnerPrescores prescores = scorer.forLearner(learner, WakingOverlap.weekOf(now));
        int fromStanding = scorer.mostFromStanding();
        Map<String, Ranked> best = new HashMap<>();
        for (String skill : skills) {
            // the worst of the best so far on top
            PriorityQueue<Ranked> heap = new PriorityQueue<>(limit + 1, RANK.reversed());
            RelatedSkills related = scorer.related(skill);
            for (int rank = 0; rank < related.size(); rank++) {
                SkillRelation relation = related.relation(rank);
                if (heap.size() == limit && prescores.mostFor(relation) + fromStanding < heap.peek().score()) {
                    continue;
                }
                String code = related.code(rank);
                for (Candidate sharer : index.sharersOf(code)) {
                    // a sharer of one skill is in this bucket only; one of several is scored in their best one
                    boolean betterBucket = sharer.skillsToShare().size() > 1 && related.bestRankOf(sharer) != rank;
                    if (betterBucket || !SuggestionFilter.admits(learner, sharer)) {
                        continue;
                    }
                    SharerStanding standing = standings.of(sharer.participantId());
                    if (!SuggestionFilter.admits(sharer, standing, excluded, now)) {
                        continue;
                    }
                    Prescore prescore = prescores.prescore(sharer, skill, code, relation);
                    heap.add(new Ranked(prescore, standing, scorer.total(prescore, standing)));
                    if (heap.size() > limit) {
                        heap.poll();
                    }
                }
            }
            // each skill's best hold every sharer of the best over all skills: whoever is above a sharer for that
            // sharer's best skill is above them overall, so merging them is exact
            for (Ranked ranked : heap) {
                best.merge(ranked.prescore().sharer().participantId(), ranked,
                        (known, next) -> RANK.compare(next, known) < 0 ? next : known);
            }
        }
        List<Ranked> sorted = new ArrayList<>(best.values());
        sorted.sort(RANK);
        return sorted.stream().limit(limit).map(r -> scorer.complete(r.prescore(), r.standing())).toList();
    }

    /** Whether anyone shares the skill or one related to it, before any filter: else there is nothing to rank. */
    public boolean hasSharers(String skill) {
        RelatedSkills related = scorer.related(skill);
        for (int rank = 0; rank < related.size(); rank++) {
            if (!index.sharersOf(related.code(rank)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A candidate scored, before its reasons are written. */
    private record Ranked(Prescore prescore, SharerStanding standing, int score) {
    }
}
