package org.letsconnect.notification.digest;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.recipient.RecipientDataHolder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Holding deliveries for digests, in the caller's transaction: a held delivery joins the open digest of its release
 * time; a change of preferences gives the held ones back to the delivery worker; erasure forgets the digests.
 */
@ApplicationScoped
public class Digests implements RecipientDataHolder {

    /**
     * Opens the digest or, when it is open already, locks it until the transaction ends: a claim ({@code SKIP
     * LOCKED}) passes it by meanwhile, so it never closes while a delivery is joining it. A digest claimed meanwhile is
     * no longer open (not under the partial index), and a new one opens: the next.
     */
    private static final String OPEN = """
            insert into digest (id, participant_id, channel, release_at, status, attempts, updated_at)
            values (:id, :participant, :channel, :releaseAt, 'pending', 0, :now)
            on conflict (participant_id, channel, release_at) where attempts = 0 and status = 'pending'
            do update set updated_at = excluded.updated_at""";
    private static final String JOIN = """
            update delivery set digest_id = (select id from digest where participant_id = :participant
                and channel = :channel and release_at = :releaseAt and attempts = 0 and status = 'pending')
            where id = :delivery""";
    /** Locks the open digests, so none is claimed while its deliveries leave it (a claimed one keeps them). */
    private static final String RELEASE = """
            update delivery set digest_id = null, due_at = :now, reason = null, updated_at = :now
            where status = 'pending' and digest_id in (select id from digest where participant_id = :participant
                and attempts = 0 and status = 'pending' for update)""";
    private static final String DROP_OPEN = "delete from digest where participant_id = :participant"
            + " and attempts = 0 and status = 'pending'";
    private static final String FORGET = "delete from digest where participant_id = :participant";

    /**
     * Puts a delivery (already held until {@code releaseAt} by the caller) into the participant's open digest of that
     * release time on its channel.
     */
    public Uni<Void> join(UUID deliveryId, UUID participantId, String channel, Instant releaseAt, Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(OPEN)
                .setParameter("id", UUID.randomUUID())
                .setParameter("participant", participantId)
                .setParameter("channel", channel)
                .setParameter("releaseAt", releaseAt)
                .setParameter("now", now)
                .executeUpdate()
                .flatMap(opened -> session.createNativeQuery(JOIN)
                        .setParameter("participant", participantId)
                        .setParameter("channel", channel)
                        .setParameter("releaseAt", releaseAt)
                        .setParameter("delivery", deliveryId)
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /**
     * Gives what is held in the participant's open digests back to the delivery worker, due now: its next pass
     * decides each again under the preferences now in force (sent at once, or held again for the new digest or the
     * quiet hours). A digest already going out keeps what it holds.
     */
    public Uni<Integer> release(UUID participantId, Instant now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(RELEASE)
                .setParameter("participant", participantId)
                .setParameter("now", now)
                .executeUpdate()
                .call(released -> session.createNativeQuery(DROP_OPEN)
                        .setParameter("participant", participantId)
                        .executeUpdate()));
    }

    /** Erasure: the participant's digests go (their held deliveries go with their other pending ones). */
    @Override
    public Uni<Void> forget(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(FORGET)
                .setParameter("participant", participantId)
                .executeUpdate()).replaceWithVoid();
    }
}
