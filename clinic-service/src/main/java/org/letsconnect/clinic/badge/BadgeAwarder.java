package org.letsconnect.clinic.badge;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.BadgeAwarded;
import org.letsconnect.contracts.clinic.BadgeWithdrawn;
import org.letsconnect.platform.outbox.OutboxWriter;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Awards a badge unless the participant holds it already, and announces each award through the outbox in the same
 * transaction. The unique (participant, badge) constraint decides, so a redelivered event or two consumers at once
 * still award once. Withdraws a badge that what remains no longer earns, and announces the withdrawal of exactly the
 * award announced before (its id, badge and space) in the same way.
 */
@ApplicationScoped
public class BadgeAwarder {

    private static final String AWARD = """
            insert into badge_award (id, participant_id, badge, space_id, awarded_at)
            values (:id, :participant, :badge, cast(:space as uuid), :at)
            on conflict (participant_id, badge) do nothing""";
    private static final String WITHDRAW = """
            delete from badge_award where participant_id = :participant and badge = :badge
            returning id, space_id""";

    private final OutboxWriter outbox;
    private final Clock clock;

    public BadgeAwarder(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Answers whether this call awarded it (false: held already). Call inside a transaction. */
    public Uni<Boolean> award(UUID participantId, String badge, UUID spaceId) {
        UUID id = UUID.randomUUID();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return Panache.getSession().flatMap(session -> session.createNativeQuery(AWARD)
                .setParameter("id", id)
                .setParameter("participant", participantId)
                .setParameter("badge", badge)
                .setParameter("space", spaceId)
                .setParameter("at", at.atOffset(ZoneOffset.UTC))
                .executeUpdate())
                .flatMap(inserted -> {
                    if (inserted == 0) {
                        return Uni.createFrom().item(false);
                    }
                    Log.debugf("Badge %s awarded to %s", badge, participantId);
                    return outbox
                            .append(EventType.BADGE_AWARDED, new BadgeAwarded(id.toString(), participantId.toString(), badge,
                                    spaceId == null ? null : spaceId.toString(), at))
                            .replaceWith(true);
                });
    }

    /**
     * Answers whether the participant held the badge (and no longer does). Call inside a transaction. The withdrawal
     * names the award as {@link #award} announced it, so a profile that shows it (registry-service) removes that one.
     */
    public Uni<Boolean> withdraw(UUID participantId, String badge, String reason) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(WITHDRAW, Object[].class)
                .setParameter("participant", participantId)
                .setParameter("badge", badge)
                .getResultList())
                .flatMap(withdrawn -> announceWithdrawn(participantId, badge, reason, withdrawn));
    }

    private Uni<Boolean> announceWithdrawn(UUID participantId, String badge, String reason, List<Object[]> withdrawn) {
        if (withdrawn.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        // (participant, badge) is unique: one row at most
        Object[] award = withdrawn.get(0);
        Object spaceId = award[1];
        Log.debugf("Badge %s withdrawn from %s", badge, participantId);
        return outbox.append(EventType.BADGE_WITHDRAWN, new BadgeWithdrawn(award[0].toString(),
                participantId.toString(), badge, spaceId == null ? null : spaceId.toString(), reason,
                clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .replaceWith(true);
    }
}
