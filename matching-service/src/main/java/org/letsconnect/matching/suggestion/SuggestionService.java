package org.letsconnect.matching.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * A ranking prescores every candidate the index has for the skill (the sharers of it and of every related skill,
 * filtered by {@link SuggestionFilter#admits(Candidate, Candidate)}), sorts them, then reads the standings (load,
 * pause, away, responsiveness) of the best ones only, a batch at a time: once the {@code limit}-th complete score beats
 * what the next prescored candidate could still reach ({@link SuggestionScorer#mostFromStanding()}), no one further down
 * can enter, so the answer is exact without reading 100,000 sharers' rows. Usually the first batch is enough. Equal
 * scores are ordered by participant id.
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
    private final Map<String, List<String>> related = new ConcurrentHashMap<>();

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
        Instant now = clock.instant();
        LocalDate week = WakingOverlap.weekOf(now);
        List<String> skills = skill != null ? List.of(skill)
                : learner.skillsToLearn().stream().filter(tree::contains).sorted().toList();
        if (limit <= 0) {
            return Uni.createFrom().item(List.of());
        }
        Instant declinedAfter = now.minus(connections.declineCooldown());
        // the ranking over the index is CPU work of milliseconds to tens of milliseconds: never on the event loop
        return OffEventLoop.compute(() -> prescore(learner, skills, week)).flatMap(prescored -> prescored.isEmpty()
                ? Uni.createFrom().item(List.<Suggestion> of())
                : queries.excludedFor(learner.participantId(), declinedAfter).flatMap(excluded -> {
                    Set<String> out = new LinkedHashSet<>(excluded);
                    out.addAll(alsoExcluded);
                    return complete(prescored, 0, limit, out, now, new ArrayList<>());
                }));
    }

    /** Every candidate's index part of the score, best first; a sharer once, with the best of the skills. */
    private List<Prescore> prescore(Candidate learner, List<String> skills, LocalDate week) {
        Map<String, Prescore> best = new HashMap<>();
        for (String skill : skills) {
            for (Candidate sharer : candidates(learner, skill)) {
                scorer.prescore(learner, sharer, skill, week).ifPresent(prescore -> best.merge(
                        sharer.participantId(), prescore, (known, next) -> next.points() > known.points() ? next : known));
            }
        }
        List<Prescore> sorted = new ArrayList<>(best.values());
        sorted.sort(PRERANK);
        return sorted;
    }

    /** The sharers of the skill and of every skill related to it that the index's filters admit, each once. */
    private Collection<Candidate> candidates(Candidate learner, String skill) {
        Map<String, Candidate> candidates = new HashMap<>();
        for (String code : related.computeIfAbsent(skill, this::relatedCodes)) {
            for (Candidate sharer : index.sharersOf(code)) {
                if (SuggestionFilter.admits(learner, sharer)) {
                    candidates.putIfAbsent(sharer.participantId(), sharer);
                }
            }
        }
        return candidates.values();
    }

    /** The codes whose sharers may serve someone who wants the skill: itself and every related one (kept per skill). */
    private List<String> relatedCodes(String skill) {
        return tree.codes().stream().filter(code -> SkillRelation.between(tree, skill, code).isPresent()).toList();
    }

    /** Reads the standings of the next batch, completes their scores, and goes on only while the answer could change. */
    private Uni<List<Suggestion>> complete(List<Prescore> prescored, int from, int limit, Set<String> excluded,
            Instant now, List<Suggestion> ranked) {
        int to = Math.min(prescored.size(), from + Math.max(MIN_BATCH, limit * 4));
        List<Prescore> batch = prescored.subList(from, to);
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
            boolean settled = to == prescored.size() || ranked.size() == limit
                    && ranked.get(limit - 1).score() > prescored.get(to).points() + scorer.mostFromStanding();
            if (settled) {
                Log.debugf("Ranked %d of %d candidates for %s, standings read for %d", ranked.size(),
                        prescored.size(), prescored.get(0).skill(), to);
                return Uni.createFrom().item(List.copyOf(ranked));
            }
            return complete(prescored, to, limit, excluded, now, ranked);
        });
    }
}
