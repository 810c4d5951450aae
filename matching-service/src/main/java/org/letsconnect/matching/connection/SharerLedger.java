package org.letsconnect.matching.connection;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The sharer rows: created on first need, locked to count places, and the responsiveness counters that suggestions
 * read. Every method runs inside the caller's transaction, so a counter changes exactly when the connection does.
 */
@ApplicationScoped
public class SharerLedger {

    /** Paused "until further notice": until they reopen through their availability. */
    static final Instant INDEFINITELY = Instant.parse("9999-12-31T00:00:00Z");

    private static final String ENSURE = """
            insert into sharer (participant_id, updated_at) values (:id, :now) on conflict do nothing""";
    private static final String RECEIVED = """
            insert into sharer (participant_id, requests_received, updated_at) values (:id, 1, :now)
            on conflict (participant_id) do update
            set requests_received = sharer.requests_received + 1, updated_at = excluded.updated_at""";
    private static final String EXPIRED = """
            update sharer
            set requests_expired = requests_expired + 1,
                unanswered_expiries = unanswered_expiries + 1,
                away_since = case when away_since is null and unanswered_expiries + 1 >= :threshold
                                  then cast(:now as timestamptz) else away_since end,
                updated_at = :now
            where participant_id = :id""";

    private final Clock clock;

    public SharerLedger(Clock clock) {
        this.clock = clock;
    }

    /** The sharer's row, created if missing, locked until the transaction ends. */
    Uni<Sharer> lock(UUID sharerId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(ENSURE).setParameter("id", sharerId)
                        .setParameter("now", clock.instant()).executeUpdate())
                .flatMap(ignored -> Sharer.<Sharer> findById(sharerId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The sharer's row as it is, or null when matching has never addressed them. */
    Uni<Sharer> find(UUID sharerId) {
        return Sharer.findById(sharerId);
    }

    /** A request or proposal was addressed to the sharer. */
    Uni<Void> received(UUID sharerId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(RECEIVED)
                .setParameter("id", sharerId).setParameter("now", clock.instant()).executeUpdate())
                .replaceWithVoid();
    }

    /**
     * The sharer answered (accepted or declined): they are around, so they are no longer away; a pause they asked for
     * in the same answer starts now.
     *
     * @param pauseUntil null to leave their pause as it is
     */
    static void answered(Sharer sharer, Instant now, Instant pauseUntil) {
        sharer.requestsAnswered++;
        sharer.lastAnsweredAt = now;
        sharer.unansweredExpiries = 0;
        sharer.awaySince = null;
        if (pauseUntil != null) {
            sharer.pausedUntil = pauseUntil;
        }
        sharer.updatedAt = now;
    }

    /** A request to the sharer expired unanswered; past the threshold in a row they are set away. */
    Uni<Void> expired(UUID sharerId, int awayThreshold, Instant now) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(ENSURE).setParameter("id", sharerId)
                        .setParameter("now", now).executeUpdate()
                        .flatMap(ignored -> session.createNativeQuery(EXPIRED).setParameter("id", sharerId)
                                .setParameter("threshold", awayThreshold).setParameter("now", now)
                                .executeUpdate()))
                .replaceWithVoid();
    }
}
