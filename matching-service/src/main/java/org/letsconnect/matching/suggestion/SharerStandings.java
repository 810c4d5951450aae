package org.letsconnect.matching.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.matching.ConnectionStates;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Every sharer's standing, kept in memory so that a ranking reads no sharer rows: read whole at the first ranking and
 * again every {@code letsconnect.matching.suggestions.standings-refresh} (2 s by default).
 *
 * <p>
 * Reading it again whole, rather than following each change, serves every replica the same way whichever one wrote
 * the change, and costs one query of the sharers matching has a record of (those ever asked or with a connection going
 * on; see the bench's figure). So a sharer who paused, was set away or took their last place may still be suggested
 * for up to that long; nothing else rests on it: a request to them is checked again when made, and an accept counts the
 * places again under the sharer's row lock. A refresh that fails (the database away) keeps the last standings and is
 * tried again at the next.
 */
@ApplicationScoped
public class SharerStandings {

    /** One row per sharer matching knows: with a {@code sharer} row, or with a connection going on. */
    private static final String ALL = """
            select cast(s.id as text),
                   cast(coalesce(active.connections, 0) as integer),
                   cast(extract(epoch from sh.paused_until) * 1000 as bigint),
                   cast(extract(epoch from sh.away_since) * 1000 as bigint),
                   coalesce(sh.requests_answered, 0),
                   coalesce(sh.requests_expired, 0)
            from (select participant_id as id from sharer
                  union select sharer_id from connection where sharer_id is not null and state in (:active)) s
            left join sharer sh on sh.participant_id = s.id
            left join (select sharer_id, count(*) as connections from connection
                       where sharer_id is not null and state in (:active) group by sharer_id) active
                   on active.sharer_id = s.id
            """;

    private static final List<String> ACTIVE = List.of(ConnectionStates.ACCEPTED, ConnectionStates.SCHEDULED);

    private final Clock clock;
    /** The standings as last read; null until the first read. */
    private volatile Snapshot current;

    public SharerStandings(Clock clock) {
        this.clock = clock;
    }

    /**
     * Standings as read at {@code readAt}. A sharer matching has no record of is {@link SharerStanding#fresh}.
     */
    public record Snapshot(Map<String, SharerStanding> byParticipant, Instant readAt) {

        public SharerStanding of(String participantId) {
            SharerStanding standing = byParticipant.get(participantId);
            return standing != null ? standing : SharerStanding.fresh(participantId);
        }
    }

    /** The standings as last read; read now if they never were (the first ranking after start). */
    public Uni<Snapshot> current() {
        Snapshot known = current;
        return known != null ? Uni.createFrom().item(known) : read();
    }

    @Scheduled(every = "${letsconnect.matching.suggestions.standings-refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return read().onFailure().invoke(failure -> Log.warnf("Sharer standings not refreshed, kept from %s: %s",
                current == null ? "never" : current.readAt(), failure.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    @WithSession
    Uni<Snapshot> read() {
        long started = System.nanoTime();
        Instant readAt = clock.instant();
        return Panache.getSession().flatMap(session -> session.createNativeQuery(ALL, Object[].class)
                .setParameter("active", ACTIVE).getResultList())
                .map(rows -> {
                    Map<String, SharerStanding> standings = new HashMap<>(rows.size() * 2);
                    for (Object[] row : rows) {
                        String id = (String) row[0];
                        standings.put(id, new SharerStanding(id, number(row[1]), instant(row[2]), instant(row[3]),
                                number(row[4]), number(row[5])));
                    }
                    Snapshot snapshot = new Snapshot(Map.copyOf(standings), readAt);
                    current = snapshot;
                    Log.debugf("Read %d sharer standings in %d ms", standings.size(),
                            Duration.ofNanos(System.nanoTime() - started).toMillis());
                    return snapshot;
                });
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static Instant instant(Object epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(((Number) epochMillis).longValue());
    }
}
