package org.letsconnect.matching.suggestion;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * What suggestions read of matching's own tables, in native SQL (the connection lifecycle owns the entities): each
 * query answers for a whole ranking at once, never one candidate at a time.
 */
@ApplicationScoped
public class SuggestionQueries {

    /** Open between two people: requested, proposed, accepted, scheduled; a sharer's active load: accepted, scheduled. */
    private static final String EXCLUDED = """
            select distinct cast(case when c.learner_id = cast(:me as uuid) then c.sharer_id else c.learner_id end as text)
            from connection c
            where (c.learner_id = cast(:me as uuid) or c.sharer_id = cast(:me as uuid))
              and c.sharer_id is not null
              and (c.state in ('requested', 'proposed', 'accepted', 'scheduled')
                   or (c.state = 'declined' and c.learner_id = cast(:me as uuid)
                       and coalesce(c.answered_at, c.updated_at) > :since))
            """;

    private static final String STANDINGS = """
            select cast(s.id as text),
                   cast((select count(*) from connection c
                         where c.sharer_id = s.id and c.state in ('accepted', 'scheduled')) as integer),
                   cast(extract(epoch from sh.paused_until) * 1000 as bigint),
                   cast(extract(epoch from sh.away_since) * 1000 as bigint),
                   coalesce(sh.requests_answered, 0),
                   coalesce(sh.requests_expired, 0)
            from unnest(cast(string_to_array(:ids, ',') as uuid[])) as s(id)
            left join sharer sh on sh.participant_id = s.id
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
                .getResultList())
                .map(Set::copyOf);
    }

    /** Each sharer's standing, one row per id asked (a sharer without a row is {@link SharerStanding#fresh}). */
    @WithSession
    public Uni<Map<String, SharerStanding>> standings(Collection<String> sharerIds) {
        List<String> ids = sharerIds.stream().filter(SuggestionQueries::isUuid).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(STANDINGS, Object[].class)
                .setParameter("ids", ids.stream().collect(Collectors.joining(",")))
                .getResultList())
                .map(rows -> {
                    Map<String, SharerStanding> standings = new HashMap<>(rows.size() * 2);
                    for (Object[] row : rows) {
                        String id = (String) row[0];
                        standings.put(id, new SharerStanding(id, number(row[1]), instant(row[2]), instant(row[3]),
                                number(row[4]), number(row[5])));
                    }
                    return standings;
                });
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static Instant instant(Object epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(((Number) epochMillis).longValue());
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
