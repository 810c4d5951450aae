package org.letsconnect.notification.delivery;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.notification.DeliveryFailed;
import org.letsconnect.contracts.notification.DeliverySent;
import org.letsconnect.notification.digest.Digests;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.preference.NotificationPreferences;
import org.letsconnect.notification.recipient.Addressee;
import org.letsconnect.platform.outbox.OutboxWriter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/**
 * Records what became of a claimed delivery, in one short transaction with the {@code delivery.sent} /
 * {@code delivery.failed} event it publishes (no address: the participant id, or null for a guest). Every update is
 * fenced by the attempt that claimed it: a claim that lost its lease to a later one records nothing.
 */
@ApplicationScoped
public class DeliveryRecorder {

    private static final String FENCE = " where id = :id and status = 'pending' and attempts = :attempts";

    private final OutboxWriter outbox;
    private final NotificationPreferences preferences;
    private final DeliveryConfig config;
    private final Backoff backoff;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Digests digests;

    public DeliveryRecorder(OutboxWriter outbox, NotificationPreferences preferences, DeliveryConfig config,
            Clock clock, MeterRegistry registry, Digests digests) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.config = config;
        this.backoff = Backoff.of(config.backoff());
        this.clock = clock;
        this.registry = registry;
        this.digests = digests;
    }

    /** The outcomes the counters tell apart. */
    static final String SENT = "sent", RETRIED = "retried", FAILED = "failed", DEAD = "dead", DELAYED = "delayed",
            CANCELLED = "cancelled";

    Uni<Void> record(DeliveryWorker.Claim claim, Notification notification, Addressee addressee, Verdict verdict) {
        Instant now = clock.instant();
        Parameters fence = Parameters.with("id", claim.id()).and("attempts", claim.attempts()).and("now", now);
        return Panache.withTransaction(() -> switch (verdict.type()) {
            case SENT -> update("status = 'sent', sentAt = :now, language = :language, reason = null,"
                    + " leaseUntil = null, updatedAt = :now", fence.and("language", verdict.language()))
                    .call(updated -> updated ? outbox.append(EventType.DELIVERY_SENT, new DeliverySent(
                            notification.id.toString(), participantId(addressee), claim.channel(),
                            notification.template, verdict.language(), now)) : Uni.createFrom().nullItem())
                    .map(updated -> updated ? SENT : null);
            case RETRY -> claim.attempts() >= config.maxAttempts()
                    ? fail(claim, notification, addressee, verdict, Delivery.DEAD, fence, now).map(u -> u ? DEAD : null)
                    : update("dueAt = :dueAt, reason = :reason, leaseUntil = null, updatedAt = :now",
                            fence.and("dueAt", now.plus(backoff.retryWait(claim.attempts(), verdict.retryAfter())))
                                    .and("reason", verdict.reason()))
                            .map(updated -> updated ? RETRIED : null);
            case FAILED -> fail(claim, notification, addressee, verdict, Delivery.FAILED, fence, now)
                    .call(updated -> updated && verdict.turnOff()
                            ? preferences.turnOff(addressee.kind(), addressee.recipientId(), claim.channel(),
                                    verdict.reason())
                            : Uni.createFrom().voidItem())
                    .map(updated -> updated ? FAILED : null);
            case LATER -> update("dueAt = :dueAt, attempts = attempts - 1, reason = :reason, leaseUntil = null,"
                    + " updatedAt = :now", fence.and("dueAt", verdict.releaseAt()).and("reason", verdict.reason()))
                    .map(updated -> updated ? DELAYED : null);
            case DIGEST -> update("dueAt = :dueAt, attempts = attempts - 1, reason = :reason, leaseUntil = null,"
                    + " updatedAt = :now", fence.and("dueAt", verdict.releaseAt()).and("reason", verdict.reason()))
                    .call(updated -> updated ? digests.join(claim.id(), addressee.recipientId(), claim.channel(),
                            verdict.releaseAt(), now) : Uni.createFrom().voidItem())
                    .map(updated -> updated ? DELAYED : null);
            case CANCELLED -> update("status = 'cancelled', reason = :reason, leaseUntil = null, updatedAt = :now",
                    fence.and("reason", verdict.reason())).map(updated -> updated ? CANCELLED : null);
        }).invoke(outcome -> count(claim, outcome)).replaceWithVoid();
    }

    private Uni<Boolean> fail(DeliveryWorker.Claim claim, Notification notification, Addressee addressee,
            Verdict verdict, String status, Parameters fence, Instant now) {
        return update("status = :status, reason = :reason, language = :language, leaseUntil = null,"
                + " updatedAt = :now",
                fence.and("status", status).and("reason", verdict.reason())
                        .and("language", verdict.language()))
                .call(updated -> updated ? outbox.append(EventType.DELIVERY_FAILED, new DeliveryFailed(
                        notification.id.toString(), participantId(addressee), claim.channel(), notification.template,
                        verdict.language(), now, verdict.reason())) : Uni.createFrom().nullItem());
    }

    /** Applies {@code set} to the claimed delivery; false when the claim lost its lease to a later one. */
    private static Uni<Boolean> update(String set, Parameters parameters) {
        return Delivery.update(set + FENCE, parameters).map(count -> count == 1);
    }

    private void count(DeliveryWorker.Claim claim, String outcome) {
        if (outcome == null) {
            Log.warnf(
                    "Delivery %s: no longer pending as claimed (a later claim took it, or it was erased); outcome not recorded",
                    claim.id());
            return;
        }
        Counter.builder("letsconnect.notification.deliveries")
                .description("Delivery attempts by channel and outcome (sent, retried, failed, dead, delayed, cancelled)")
                .tag("channel", claim.channel()).tag("outcome", outcome)
                .register(registry).increment();
    }

    private static String participantId(Addressee addressee) {
        return addressee == null || addressee.participantId() == null ? null : addressee.participantId().toString();
    }
}
