package org.letsconnect.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.notification.DeliveryFailed;
import org.letsconnect.contracts.notification.DeliverySent;
import org.letsconnect.notification.delivery.Backoff;
import org.letsconnect.notification.delivery.DeliveryConfig;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.preference.NotificationPreferences;
import org.letsconnect.notification.recipient.Addressee;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.platform.outbox.OutboxWriter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/**
 * Records what became of a claimed digest and of each delivery in it, in one short transaction with each delivery's
 * {@code delivery.sent} / {@code delivery.failed} event, as the delivery recorder does for one. Fenced by the attempt
 * that claimed the digest: a claim that lost its lease to a later one records nothing. A delivery cancelled while the
 * digest was going out stays cancelled.
 */
@ApplicationScoped
class DigestRecorder {

    private static final String FENCE = " where id = :id and status = 'pending' and attempts = :attempts";
    private static final String MEMBER = " where id = :member and digestId = :id and status = 'pending'";

    private final OutboxWriter outbox;
    private final NotificationPreferences preferences;
    private final DeliveryConfig config;
    private final Backoff backoff;
    private final Clock clock;
    private final MeterRegistry registry;

    DigestRecorder(OutboxWriter outbox, NotificationPreferences preferences, DeliveryConfig config, Clock clock,
            MeterRegistry registry) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.config = config;
        this.backoff = Backoff.of(config.backoff());
        this.clock = clock;
        this.registry = registry;
    }

    Uni<Void> record(DigestWorker.Claim claim, List<DigestWorker.Member> members, Addressee addressee,
            DigestOutcome outcome) {
        Instant now = clock.instant();
        Parameters fence = Parameters.with("id", claim.id()).and("attempts", claim.attempts()).and("now", now);
        return Panache.withTransaction(() -> switch (outcome.type()) {
            case SENT -> digest("status = 'sent', sentAt = :now, language = :language, reason = null,"
                    + " leaseUntil = null, updatedAt = :now", fence.and("language", outcome.language()))
                    .call(updated -> updated ? sent(claim, members, addressee, outcome, now)
                            : Uni.createFrom().voidItem())
                    .map(updated -> updated ? Delivery.SENT : null);
            case RETRY -> claim.attempts() >= config.maxAttempts()
                    ? fail(claim, members, addressee, outcome, Delivery.DEAD, fence, now)
                            .map(updated -> updated ? Delivery.DEAD : null)
                    : digest("releaseAt = :releaseAt, reason = :reason, leaseUntil = null, updatedAt = :now",
                            fence.and("releaseAt", now.plus(backoff.retryWait(claim.attempts(), outcome.retryAfter())))
                                    .and("reason", outcome.reason()))
                            .call(updated -> updated ? Delivery.update("reason = ?1, updatedAt = ?2 where digestId = ?3"
                                    + " and status = 'pending'", outcome.reason(), now, claim.id())
                                    : Uni.createFrom().voidItem())
                            .map(updated -> updated ? "retried" : null);
            case FAILED -> fail(claim, members, addressee, outcome, Delivery.FAILED, fence, now)
                    .call(updated -> updated && outcome.turnOff()
                            ? preferences.turnOff(RecipientKind.PARTICIPANT, claim.participantId(), claim.channel(),
                                    outcome.reason())
                            : Uni.createFrom().voidItem())
                    .map(updated -> updated ? Delivery.FAILED : null);
            case CANCELLED -> digest("status = 'cancelled', reason = :reason, leaseUntil = null, updatedAt = :now",
                    fence.and("reason", outcome.reason()))
                    .call(updated -> updated ? Delivery.update("status = 'cancelled', reason = ?1, updatedAt = ?2"
                            + " where digestId = ?3 and status = 'pending'", outcome.reason(), now, claim.id())
                            : Uni.createFrom().voidItem())
                    .map(updated -> updated ? Delivery.CANCELLED : null);
        }).invoke(result -> count(claim, result)).replaceWithVoid();
    }

    private Uni<Void> sent(DigestWorker.Claim claim, List<DigestWorker.Member> members, Addressee addressee,
            DigestOutcome outcome, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DigestWorker.Member member : members) {
            chain = chain.call(() -> member("status = 'sent', sentAt = :now, language = :language, reason = null,"
                    + " attempts = :attempts, updatedAt = :now", claim, member, now,
                    Parameters.with("language",
                            outcome.language()))
                    .call(updated -> updated ? outbox.append(EventType.DELIVERY_SENT, new DeliverySent(
                            member.notification().id.toString(), participantId(addressee), claim.channel(),
                            member.notification().template, outcome.language(), now))
                            : Uni.createFrom().nullItem()));
        }
        return chain;
    }

    private Uni<Boolean> fail(DigestWorker.Claim claim, List<DigestWorker.Member> members, Addressee addressee,
            DigestOutcome outcome, String status, Parameters fence, Instant now) {
        return digest("status = :status, reason = :reason, language = :language, leaseUntil = null,"
                + " updatedAt = :now",
                fence.and("status", status).and("reason", outcome.reason())
                        .and("language", outcome.language()))
                .call(updated -> {
                    if (!updated) {
                        return Uni.createFrom().voidItem();
                    }
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (DigestWorker.Member member : members) {
                        chain = chain.call(() -> member("status = :status, reason = :reason, language = :language,"
                                + " attempts = :attempts, updatedAt = :now", claim, member, now,
                                Parameters.with("status", status).and("reason", outcome.reason())
                                        .and("language", outcome.language()))
                                .call(memberUpdated -> memberUpdated ? outbox.append(EventType.DELIVERY_FAILED,
                                        new DeliveryFailed(member.notification().id.toString(),
                                                participantId(addressee), claim.channel(),
                                                member.notification().template, outcome.language(), now,
                                                outcome.reason()))
                                        : Uni.createFrom().nullItem()));
                    }
                    return chain;
                });
    }

    /** Applies {@code set} to the claimed digest; false when the claim lost its lease to a later one. */
    private static Uni<Boolean> digest(String set, Parameters parameters) {
        return DigestDelivery.update(set + FENCE, parameters).map(count -> count == 1);
    }

    /** Applies {@code set} to a delivery of the digest; false when it is no longer pending (cancelled meanwhile). */
    private static Uni<Boolean> member(String set, DigestWorker.Claim claim, DigestWorker.Member member, Instant now,
            Parameters parameters) {
        return Delivery.update(set + MEMBER, parameters.and("member", member.deliveryId()).and("id", claim.id())
                .and("attempts", claim.attempts()).and("now", now)).map(count -> count == 1);
    }

    private void count(DigestWorker.Claim claim, String outcome) {
        if (outcome == null) {
            Log.warnf("Digest %s: no longer pending as claimed (a later claim took it, or it was erased);"
                    + " outcome not recorded", claim.id());
            return;
        }
        Counter.builder("letsconnect.notification.digests")
                .description("Digest attempts by channel and outcome (sent, retried, failed, dead, cancelled)")
                .tag("channel", claim.channel()).tag("outcome", outcome)
                .register(registry).increment();
    }

    private static String participantId(Addressee addressee) {
        return addressee == null || addressee.participantId() == null ? null : addressee.participantId().toString();
    }
}
