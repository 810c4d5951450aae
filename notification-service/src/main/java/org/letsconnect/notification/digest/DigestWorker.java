package org.letsconnect.notification.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.delivery.DeliveryChannel;
import org.letsconnect.notification.delivery.DeliveryConfig;
import org.letsconnect.notification.delivery.DeliveryWorker;
import org.letsconnect.notification.delivery.LeasedQueue;
import org.letsconnect.notification.delivery.OutgoingMessage;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.preference.Digest;
import org.letsconnect.notification.preference.NotificationPreference;
import org.letsconnect.notification.recipient.Addressee;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.notification.recipient.Recipients;
import org.letsconnect.notification.template.NotificationRenderer;
import org.letsconnect.notification.template.RenderedMessage;

import io.quarkus.arc.All;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Sends the digests whose release time has come, under the delivery worker's discipline: a pass claims due digests
 * in one short statement ({@code FOR UPDATE SKIP LOCKED}, a lease, the attempt counted), which closes each (a
 * delivery held later goes into the next); then, outside any transaction, gathers what the digest holds (what was
 * cancelled meanwhile is left out), renders each notification for the person, sends them as one message on the
 * digest's channel, and records the outcome of the digest and of every delivery in it in one transaction
 * ({@link DigestRecorder}), fenced by the attempt. A crashed worker's digest comes back when the lease ends, with the
 * same deliveries and the same message id.
 */
@ApplicationScoped
public class DigestWorker {

    private static final String CLAIM = """
            with due as (
                select id from digest
                where status = 'pending' and release_at <= $1 and (lease_until is null or lease_until <= $1)
                order by release_at
                limit $2
                for update skip locked)
            update digest g set lease_until = $3, attempts = g.attempts + 1, updated_at = $1
            from due where g.id = due.id
            returning g.id, g.participant_id, g.channel, g.attempts""";

    private final LeasedQueue queue;
    private final Recipients recipients;
    private final NotificationRenderer renderer;
    private final DigestComposer composer;
    private final DigestRecorder recorder;
    private final DeliveryConfig config;
    private final Map<String, DeliveryChannel> channels = new HashMap<>();

    public DigestWorker(LeasedQueue queue, Recipients recipients, NotificationRenderer renderer,
            DigestComposer composer, DigestRecorder recorder, DeliveryConfig config,
            @All List<DeliveryChannel> channels) {
        this.queue = queue;
        this.recipients = recipients;
        this.renderer = renderer;
        this.composer = composer;
        this.recorder = recorder;
        this.config = config;
        for (DeliveryChannel channel : channels) {
            this.channels.put(channel.name(), channel);
        }
    }

    /** A claimed digest: {@code attempts} counts this one and fences the outcome against a later claim. */
    record Claim(UUID id, UUID participantId, String channel, int attempts) {
    }

    /** A delivery the digest holds, with its notification. */
    record Member(UUID deliveryId, Notification notification) {
    }

    @Scheduled(every = "${letsconnect.notification.digest.every:10s}", delayed = "${letsconnect.notification.delivery.start-delay:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = DeliveryWorker.WorkerDisabled.class)
    Uni<Void> scheduledPass() {
        return queue.drain(this::pass, "Digest");
    }

    /** Claims and sends one batch of due digests; answers how many were claimed. Callable from any thread. */
    public Uni<Integer> pass() {
        return queue.pass(CLAIM, row -> new Claim(row.getUUID("id"), row.getUUID("participant_id"),
                row.getString("channel"), row.getInteger("attempts")), this::deliver);
    }

    /** Sends one claimed digest and records what became of it; never fails (unrecorded, it comes back). */
    Uni<Void> deliver(Claim claim) {
        Executor back = LeasedQueue.currentContext();
        return Panache.withSession(() -> prepare(claim))
                .flatMap(prepared -> prepared.message() == null ? Uni.createFrom().item(prepared)
                        : send(prepared).emitOn(back))
                .flatMap(prepared -> recorder.record(claim, prepared.members(), prepared.addressee(),
                        prepared.outcome()))
                .onFailure().invoke(failure -> Log.warnf(failure,
                        "Digest %s: outcome not recorded; it comes back when its lease ends", claim.id()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** The digest's deliveries and addressee, and the message when there is one to send. */
    record Prepared(List<Member> members, Addressee addressee, DeliveryChannel channel, OutgoingMessage message,
            DigestOutcome outcome) {

        static Prepared decided(List<Member> members, Addressee addressee, DigestOutcome outcome) {
            return new Prepared(members, addressee, null, null, outcome);
        }

        Prepared with(DigestOutcome outcome) {
            return new Prepared(members, addressee, channel, message, outcome);
        }
    }

    private Uni<Prepared> prepare(Claim claim) {
        return members(claim).flatMap(members -> {
            if (members.isEmpty()) {
                return Uni.createFrom().item(Prepared.decided(members, null, DigestOutcome.cancelled("empty")));
            }
            return recipients.addressee(RecipientKind.PARTICIPANT, claim.participantId())
                    .flatMap(addressee -> prepare(claim, members, addressee));
        });
    }

    private Uni<Prepared> prepare(Claim claim, List<Member> members, Addressee addressee) {
        if (addressee == null) {
            // erasure deletes the held deliveries with the digest; whatever is left names nobody to send to
            return Uni.createFrom().item(Prepared.decided(members, null, DigestOutcome.cancelled("recipient-gone")));
        }
        String language = language(addressee.language());
        DeliveryChannel channel = channels.get(claim.channel());
        if (channel == null) {
            return Uni.createFrom().item(Prepared.decided(members, addressee,
                    DigestOutcome.failed("channel-unavailable", language, false)));
        }
        if (claim.attempts() > config.maxAttempts()) {
            return Uni.createFrom().item(Prepared.decided(members, addressee,
                    DigestOutcome.failed("attempts-exhausted", language, false)));
        }
        return NotificationPreference.<NotificationPreference> findById(claim.participantId())
                .flatMap(preference -> render(members, addressee).map(rendered -> {
                    Digest digest = preference == null ? null : Digest.of(preference.digest);
                    RenderedMessage message = composer.compose(addressee, digest, rendered);
                    return new Prepared(members, addressee, channel, new OutgoingMessage(claim.id(),
                            composer.asNotification(addressee, rendered), addressee, message), null);
                }))
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf(failure, "Digest %s: could not be rendered", claim.id());
                    return Prepared.decided(members, addressee, DigestOutcome.retry("render-failed", language, null));
                });
    }

    /** The deliveries the digest holds that are still pending (a cancelled one is left out), oldest first. */
    private static Uni<List<Member>> members(Claim claim) {
        return Delivery.<Delivery> list("digestId = ?1 and status = ?2", claim.id(), Delivery.PENDING)
                .flatMap(held -> {
                    if (held.isEmpty()) {
                        return Uni.createFrom().item(List.<Member> of());
                    }
                    List<UUID> ids = held.stream().map(delivery -> delivery.notificationId).toList();
                    return Notification.<Notification> list("id in ?1", ids).map(notifications -> {
                        Map<UUID, Notification> byId = new HashMap<>();
                        notifications.forEach(notification -> byId.put(notification.id, notification));
                        List<Member> members = new ArrayList<>();
                        for (Delivery delivery : held) {
                            Notification notification = byId.get(delivery.notificationId);
                            if (notification != null) {
                                members.add(new Member(delivery.id, notification));
                            }
                        }
                        members.sort(Comparator.comparing((Member member) -> member.notification().createdAt)
                                .thenComparing(member -> member.notification().id));
                        return members;
                    });
                });
    }

    /** Each notification rendered for the person in turn (one session: one query at a time). */
    private Uni<List<DigestComposer.Item>> render(List<Member> members, Addressee addressee) {
        Uni<List<DigestComposer.Item>> chain = Uni.createFrom().item(new ArrayList<>());
        for (Member member : members) {
            chain = chain.flatMap(items -> renderer.render(member.notification(), addressee).map(message -> {
                items.add(new DigestComposer.Item(member.notification(), message));
                return items;
            }));
        }
        return chain;
    }

    private Uni<Prepared> send(Prepared prepared) {
        String language = language(prepared.message().message().language());
        return Uni.createFrom().deferred(() -> prepared.channel().send(prepared.message()))
                .map(outcome -> prepared.with(DigestOutcome.of(outcome, language)))
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("Digest %s on %s failed unexplained (%s); tried again later",
                            prepared.message().deliveryId(), prepared.channel().name(), failure.getClass().getName());
                    return prepared.with(DigestOutcome.retry("channel-error", language, null));
                });
    }

    private static String language(String code) {
        return code == null || code.isBlank() ? "en" : code.toLowerCase(Locale.ROOT);
    }

}
