package org.letsconnect.matching.suggestion;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.matching.ConnectionStates;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * What a ranking reads of matching's own tables for the learner, in native SQL (the connection lifecycle owns the
 * entities): one query for the whole ranking, never one candidate at a time. The sharers' side is
 * {@link SharerStandings}.
 */
@ApplicationScoped
public class SuggestionQueries {

    /** Open between two people: a new request between them is refused ({@code ConnectionChecks}). */
    private static final List<String> OPEN = List.of(ConnectionStates.REQUESTED, ConnectionStates.PROPOSED,
            ConnectionStates.ACCEPTED, ConnectionStates.SCHEDULED);

    private static final String EXCLUDED = """
            select distinct cast(case when c.learner_id = cast(:me as uuid) then c.sharer_id else c.learner_id end as text)
            from connection c
            where (c.learner_id = cast(:me as uuid) or c.sharer_id = cast(:me as uuid))
              and c.sharer_id is not null
              and (c.state in (:open)
                   or (c.state = :declined and c.learner_id = cast(:me as uuid)
                       and coalesce(c.answered_at, c.updated_at) > :since))
            """;

    /**
     * The people a learner may not be suggested now: the other side of each of their open connections (as learner or
     * sharer), and every sharer who declined them after {@code declinedAfter}.
     */
    @WithSession
    public Uni<Set<String>> excludedFor(String learnerId, Instant declinedAfter) {
        if (!isUuid(learnerId)) {
            return Uni.createFrom().item(Set.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(EXCLUDED, String.class)
                .setParameter("me", learnerId)
                .setParameter("since", declinedAfter)
                .setParameter("open", OPEN)
                .setParameter("declined", ConnectionStates.DECLINED)
                .getResultList())
                .map(Set::copyOf);
    }

    /** Ids go into SQL as uuid; the index holds the registry's UUIDs, anything else cannot have rows here. */
    private static boolean isUuid(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
