package org.letsconnect.matching.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.matching.connection.ConnectionConfig;
import org.letsconnect.platform.work.OffEventLoop;

import io.smallrye.mutiny.Uni;

/**
 * Suggestions for a learner: one query of the learner's own connections (who they may not be suggested now), the
 * sharers' standings as last read ({@link SharerStandings}), and the ranking in memory over the candidate index
 * ({@link SuggestionRanking}).
 */
@ApplicationScoped
public class SuggestionService {

    private final SuggestionRanking ranking;
    private final SuggestionQueries queries;
    private final SharerStandings standings;
    private final ConnectionConfig connections;
    private final Clock clock;
    private final SkillTree tree = SkillTree.standard();

    public SuggestionService(CandidateIndex index, SuggestionScorer scorer, SuggestionQueries queries,
            SharerStandings standings, ConnectionConfig connections, Clock clock) {
        this.ranking = new SuggestionRanking(index, scorer);
        this.queries = queries;
        this.standings = standings;
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
        List<String> skills = skill != null ? List.of(skill)
                : learner.skillsToLearn().stream().filter(tree::contains).sorted().toList();
        if (limit <= 0 || skills.stream().noneMatch(ranking::hasSharers)) {
            return Uni.createFrom().item(List.of());
        }
        Instant now = clock.instant();
        Instant declinedAfter = now.minus(connections.declineCooldown());
        return queries.excludedFor(learner.participantId(), declinedAfter)
                .flatMap(excluded -> standings.current().flatMap(current -> {
                    Set<String> out = new HashSet<>(excluded);
                    out.addAll(alsoExcluded);
                    // CPU work of milliseconds over thousands of sharers: never on the event loop
                    return OffEventLoop.compute(() -> ranking.rank(learner, skills, limit, out, current, now));
                }));
    }
}
