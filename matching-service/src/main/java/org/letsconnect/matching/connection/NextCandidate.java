package org.letsconnect.matching.connection;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.matching.suggestion.SuggestionService;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The sharer offered to a learner after a decline or an expiry: the learner's best suggestion for the skill (every
 * hard filter of the suggestions applied, the same ranking) among the sharers they have not asked for it yet.
 */
@ApplicationScoped
public class NextCandidate {

    private static final String ASKED = """
            select distinct c.sharerId from Connection c
            where c.learnerId = :learner and c.skill = :skill and c.sharerId is not null""";

    private final CandidateIndex index;
    private final SuggestionService suggestions;

    public NextCandidate(CandidateIndex index, SuggestionService suggestions) {
        this.index = index;
        this.suggestions = suggestions;
    }

    /** The next sharer for the learner and skill, or empty; runs in the caller's session. */
    public Uni<Optional<UUID>> forLearner(UUID learnerId, String skill) {
        Optional<Candidate> learner = index.byId(learnerId.toString());
        if (learner.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(ASKED, UUID.class)
                .setParameter("learner", learnerId).setParameter("skill", skill).getResultList())
                .flatMap(asked -> {
                    Set<String> tried = new HashSet<>();
                    asked.forEach(id -> tried.add(id.toString()));
                    return suggestions.suggest(learner.get(), skill, 1, tried);
                })
                .map(found -> found.stream().findFirst().map(s -> UUID.fromString(s.sharer().participantId())));
    }
}
