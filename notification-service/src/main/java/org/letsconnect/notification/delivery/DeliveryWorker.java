package org.letsconnect.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.letsconnect.notification.digest.Holds;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.recipient.Addressee;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.notification.recipient.Recipients;
import org.letsconnect.notification.template.NotificationRenderer;
import org.letsconnect.notification.template.RenderedMessage;

import io.quarkus.arc.All;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Uni;

/**
 * Works the due queue. A pass claims a batch of due deliveries in one short statement ({@code FOR UPDATE SKIP
 * LOCKED}, so replicas and concurrent passes never claim the same row), setting a lease and counting the attempt.
 * Then, outside any transaction, each is delivered on its own: the recipient looked up, preferences asked when it
 * may go out, the message rendered and sent through its channel; and its outcome recorded in a second short
 * transaction ({@link DeliveryRecorder}). A worker that crashes mid-send leaves its rows leased; they come back when
 * the lease ends, and the channel lets the receiver drop the repeat (the same {@code Message-ID}).
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final String CLAIM = """
            with due as (
                select id from delivery
                where status = 'pending' and digest_id is null and due_at <= $1
                    and (lease_until is null or lease_until <= $1)
                order by due_at
                limit $2
                for update skip locked)
            update delivery d set lease_until = $3, attempts = d.attempts + 1, updated_at = $1
            from due where d.id = due.id
            returning d.id, d.notification_id, d.channel, d.attempts, d.urgent, d.due_at""";

    private final LeasedQueue queue;
    private final Recipients recipients;
    private final Holds holds;
    private final NotificationRenderer renderer;
    private final DeliveryRecorder recorder;
    private final DeliveryConfig config;
    private final Clock clock;
    private final Map<String, DeliveryChannel> channels = new HashMap<>();

    public DeliveryWorker(LeasedQueue queue, Recipients recipients, Holds holds,
            NotificationRenderer renderer, DeliveryRecorder recorder, DeliveryConfig config, Clock clock,
            @All List<DeliveryChannel> channels) {
        this.queue = queue;
        this.recipients = recipients;
        this.holds = holds;
        this.renderer = renderer;
        this.recorder = recorder;
        this.config = config;
        this.clock = clock;
        for (DeliveryChannel channel : channels) {
            this.channels.put(channel.name(), channel);
        }
    }

    /** A claimed delivery: {@code attempts} counts this one and fences the outcome against a later claim. */
    record Claim(UUID id, UUID notificationId, String channel, int attempts, boolean urgent, Instant dueAt) {
    }

    @Scheduled(every = "${letsconnect.notification.delivery.every:1s}", delayed = "${letsconnect.notification.delivery.start-delay:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WorkerDisabled.class)
    Uni<Void> scheduledPass() {
        return queue.drain(this::pass, "Delivery");
    }

    /** Claims and delivers one batch of due deliveries; answers how many were claimed. Callable from any thread. */
    public Uni<Integer> pass() {
        return queue.pass(CLAIM, row -> new Claim(row.getUUID("id"), row.getUUID("notification_id"),
                row.getString("channel"), row.getInteger("attempts"), row.getBoolean("urgent"),
                row.getOffsetDateTime("due_at").toInstant()), this::deliver);
    }

    /**
     * Delivers one claimed delivery and records what became of it; never fails (a delivery whose outcome could not
     * be recorded stays leased and comes back when the lease ends).
     */
    Uni<Void> deliver(Claim claim) {
        Executor back = LeasedQueue.currentContext();
        return Panache.withSession(() -> prepare(claim))
                .flatMap(prepared -> prepared.message() == null ? Uni.createFrom().item(prepared)
                        : send(prepared).emitOn(back))
                .flatMap(prepared -> recorder.record(claim, prepared.notification(), prepared.addressee(),
                        prepared.verdict()))
                .onFailure().invoke(failure -> Log.warnf(failure,
                        "Delivery %s: outcome not recorded; it comes back when its lease ends", claim.id()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** What the recorder needs, and the message when there is one to send. */
    record Prepared(Notification notification, Addressee addressee, DeliveryChannel channel, OutgoingMessage message,
            Verdict verdict) {

        static Prepared decided(Notification notification, Addressee addressee, Verdict verdict) {
            return new Prepared(notification, addressee, null, null, verdict);
        }

        Prepared with(Verdict verdict) {
            return new Prepared(notification, addressee, channel, message, verdict);
        }
    }

    private Uni<Prepared> prepare(Claim claim) {
        return Notification.<Notification> findById(claim.notificationId()).flatMap(notification -> {
            RecipientKind kind = notification == null ? null : kindOf(notification.recipientKind);
            if (kind == null) {
                return Uni.createFrom().item(Prepared.decided(notification, null,
                        Verdict.cancelled(DeliveryReasons.RECIPIENT_GONE)));
            }
            return recipients.addressee(kind, notification.recipientId)
                    .flatMap(addressee -> prepare(claim, notification, kind, addressee));
        });
    }

    private Uni<Prepared> prepare(Claim claim, Notification notification, RecipientKind kind, Addressee addressee) {
        if (addressee == null) {
            // an erased participant's deliveries are deleted with them; a guest missing here has not arrived yet
            return Uni.createFrom().item(Prepared.decided(notification, null, kind == RecipientKind.GUEST
                    ? Verdict.retry(DeliveryReasons.RECIPIENT_NOT_YET_KNOWN, null)
                    : Verdict.cancelled(DeliveryReasons.RECIPIENT_GONE)));
        }
        String language = language(addressee.language());
        DeliveryChannel channel = channels.get(claim.channel());
        if (channel == null) {
            return Uni.createFrom().item(Prepared.decided(notification, addressee,
                    Verdict.failed(DeliveryReasons.CHANNEL_UNAVAILABLE, language)));
        }
        if (claim.attempts() > config.maxAttempts()) {
            return Uni.createFrom().item(Prepared.decided(notification, addressee,
                    Verdict.failed(DeliveryReasons.ATTEMPTS_EXHAUSTED, language)));
        }
        return holds.of(kind, notification, claim.channel(), claim.dueAt(), claim.urgent()).flatMap(hold -> {
            Instant releaseAt = hold.releaseAt();
            if (hold.forDigest()) {
                // the digest of that release time sends it, with everything else held for the person
                return Uni.createFrom().item(Prepared.decided(notification, addressee,
                        Verdict.digest(releaseAt)));
            }
            if (releaseAt != null && releaseAt.isAfter(clock.instant())) {
                return Uni.createFrom().item(Prepared.decided(notification, addressee,
                        Verdict.later(releaseAt)));
            }
            if (!channel.sendsRenderedMessage()) {
                return Uni.createFrom().item(new Prepared(notification, addressee, channel,
                        new OutgoingMessage(claim.id(), notification, addressee, null), null));
            }
            return renderer.render(notification, addressee)
                    .map(message -> new Prepared(notification, addressee, channel,
                            new OutgoingMessage(claim.id(), notification, addressee, message),
                            null))
                    .onFailure().recoverWithItem(failure -> {
                        Log.warnf(failure, "Delivery %s: template %s could not be rendered", claim.id(),
                                notification.template);
                        return Prepared.decided(notification, addressee,
                                Verdict.retry(DeliveryReasons.RENDER_FAILED, language));
                    });
        });
    }

    private Uni<Prepared> send(Prepared prepared) {
        RenderedMessage rendered = prepared.message().message();
        String language = language(rendered != null ? rendered.language() : prepared.addressee().language());
        return Uni.createFrom().deferred(() -> prepared.channel().send(prepared.message()))
                .map(outcome -> prepared.with(Verdict.of(outcome, language)))
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("Delivery %s on %s failed unexplained (%s); tried again later",
                            prepared.message().deliveryId(), prepared.channel().name(), failure.getClass().getName());
                    return prepared.with(Verdict.retry(DeliveryReasons.CHANNEL_ERROR, language));
                });
    }

    private static RecipientKind kindOf(String code) {
        for (RecipientKind kind : RecipientKind.values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        return null; // erased
    }

    private static String language(String code) {
        return code == null || code.isBlank() ? "en" : code.toLowerCase(Locale.ROOT);
    }

    /** Skips passes on replicas configured not to send, and until the application has started. */
    @ApplicationScoped
    public static class WorkerDisabled implements Scheduled.SkipPredicate {
        private final DeliveryConfig config;
        private volatile boolean started;

        public WorkerDisabled(DeliveryConfig config) {
            this.config = config;
        }

        void onStart(@Observes StartupEvent event) {
            started = true;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !started || !config.enabled();
        }
    }
}
