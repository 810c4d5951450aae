package org.letsconnect.matching.connection;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The sharer offered to a learner after a decline or an expiry: among the sharers of exactly that skill, those who
 * take connections, have a free place, are neither paused nor away, and whom the learner has not asked for this
 * skill yet; the one with the fewest active connections first, then by id. A simple ranking on purpose: the
 * suggestion scorer replaces it once merged, behind this one method.
 */
@ApplicationScoped
public class NextCandidate {

    private static final String ASKED = """
            select distinct c.sharerId from Connection c
            where c.learnerId = :learner and c.skill = :skill and c.sharerId is not null""";
    private static final String ACTIVE = """
            select c.sharerId, count(c) from Connection c
            where c.sharerId in :ids and c.state in :active group by c.sharerId""";
    private static final String RESTING = """
            select s.participantId from Sharer s
            where s.participantId in :ids and (s.awaySince is not null or s.pausedUntil > :now)""";

    private final CandidateIndex index;
    private final Clock clock;

    public NextCandidate(CandidateIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /** The next sharer for the learner and skill, or empty; runs in the caller's session. */
    public Uni<Optional<UUID>> forLearner(UUID learnerId, String skill) {
        Instant now = clock.instant();
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(ASKED, UUID.class)
                .setParameter("learner", learnerId).setParameter("skill", skill).getResultList()
                .flatMap(asked -> {
                    Set<UUID> excluded = new HashSet<>(asked);
                    excluded.add(learnerId);
                    List<Candidate> candidates = index.sharersOf(skill).stream()
                            .filter(Candidate::sharesConnections)
                            .filter(c -> !excluded.contains(UUID.fromString(c.participantId())))
                            .toList();
                    if (candidates.isEmpty()) {
                        return Uni.createFrom().item(Optional.<UUID> empty());
                    }
                    List<UUID> ids = candidates.stream().map(c -> UUID.fromString(c.participantId())).toList();
                    return session.createSelectionQuery(ACTIVE, Object[].class).setParameter("ids", ids)
                            .setParameter("active", Connection.ACTIVE).getResultList()
                            .flatMap(loads -> session.createSelectionQuery(RESTING, UUID.class)
                                    .setParameter("ids", ids).setParameter("now", now).getResultList()
                                    .map(resting -> best(candidates, activeById(loads), Set.copyOf(resting))));
                }));
    }

    private static Optional<UUID> best(List<Candidate> candidates, Map<UUID, Long> active, Set<UUID> resting) {
        return candidates.stream()
                .map(c -> new Ranked(UUID.fromString(c.participantId()), c.maxConnections(),
                        active.getOrDefault(UUID.fromString(c.participantId()), 0L)))
                .filter(r -> !resting.contains(r.id()) && r.active() < r.capacity())
                .min(Comparator.comparingLong(Ranked::active).thenComparing(r -> r.id().toString()))
                .map(Ranked::id);
    }

    private static Map<UUID, Long> activeById(List<Object[]> rows) {
        Map<UUID, Long> active = new HashMap<>();
        for (Object[] row : rows) {
            active.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return active;
    }

    private record Ranked(UUID id, int capacity, long active) {
    }
}
