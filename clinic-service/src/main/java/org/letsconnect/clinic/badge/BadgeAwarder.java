package org.letsconnect.clinic.badge;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.BadgeAwarded;
import org.letsconnect.platform.outbox.OutboxWriter;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Awards a badge unless the participant holds it already, and announces each award through the outbox in the same
 * transaction. The unique (participant, badge) constraint decides, so a redelivered event or two consumers at once
 * still award once. Withdraws a badge that what remains no longer earns.
 */
@ApplicationScoped
public class BadgeAwarder {

    private static final String AWARD = """
            insert into badge_award (id, participant_id, badge, space_id, awarded_at)
            values (:id, :participant, :badge, cast(:space as uuid), :at)
            on conflict (participant_id, badge) do nothing""";
    private static final String WITHDRAW = """
            delete from badge_award where participant_id = :participant and badge = :badge""";

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
     * Answers whether the participant held the badge (and no longer does). Call inside a transaction. Announces
     * nothing: the contract has no withdrawal event, so a profile that showed the award (registry-service) goes on
     * showing it.
     */
    public Uni<Boolean> withdraw(UUID participantId, String badge) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(WITHDRAW)
                .setParameter("participant", participantId)
                .setParameter("badge", badge)
                .executeUpdate())
                .map(deleted -> {
                    if (deleted > 0) {
                        Log.debugf("Badge %s withdrawn from %s", badge, participantId);
                    }
                    return deleted > 0;
                });
    }
}
