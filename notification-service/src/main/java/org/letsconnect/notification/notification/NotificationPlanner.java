package org.letsconnect.notification.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.preference.NotificationPreferences;

import io.smallrye.mutiny.Uni;

/**
 * Turns what the rules decided into notifications and queued deliveries, once per (event, recipient, template),
 * in the consuming transaction: a redelivered event, or a second rule reaching the same person with the same
 * template for the same event, adds nothing.
 */
@ApplicationScoped
public class NotificationPlanner {

    private final NotificationPreferences preferences;
    private final Clock clock;

    public NotificationPlanner(NotificationPreferences preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    /** Plans each in turn; returns how many were new. */
    public Uni<Integer> plan(List<PlannedNotification> planned) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (PlannedNotification one : planned) {
            chain = chain.flatMap(count -> plan(one).map(added -> added ? count + 1 : count));
        }
        return chain;
    }

    /** Plans one; false when it exists already (same event, recipient and template). */
    public Uni<Boolean> plan(PlannedNotification planned) {
        String key = planned.dedupKey();
        return Notification.count("dedupKey", key).flatMap(existing -> {
            if (existing > 0) {
                return Uni.createFrom().item(false);
            }
            return preferences.channels(planned.kind(), planned.recipientId(), planned.category())
                    .flatMap(channels -> persist(planned, key, channels)).replaceWith(true);
        });
    }

    private Uni<Void> persist(PlannedNotification planned, String key, List<String> channels) {
        Instant now = clock.instant();
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.dedupKey = key;
        notification.recipientKind = planned.kind().code();
        notification.recipientId = planned.recipientId();
        notification.category = planned.category();
        notification.template = planned.template();
        notification.spaceId = planned.spaceId();
        notification.params = new LinkedHashMap<>(planned.params());
        notification.createdAt = now;
        List<Delivery> deliveries = new ArrayList<>();
        for (String channel : channels) {
            Delivery delivery = new Delivery();
            delivery.id = UUID.randomUUID();
            delivery.notificationId = notification.id;
            delivery.channel = channel;
            delivery.status = Delivery.PENDING;
            delivery.dueAt = planned.dueAt() == null || planned.dueAt().isBefore(now) ? now : planned.dueAt();
            delivery.urgent = planned.urgent();
            delivery.updatedAt = now;
            deliveries.add(delivery);
        }
        Uni<Void> chain = notification.persist().replaceWithVoid();
        for (Delivery delivery : deliveries) {
            chain = chain.call(() -> delivery.persist());
        }
        return chain;
    }

    /**
     * Cancels the pending deliveries of a space's notifications of these templates (all recipients when
     * {@code recipientId} is null): a reschedule re-plans the reminders, a cancellation drops them.
     */
    public Uni<Integer> cancelPending(UUID spaceId, UUID recipientId, List<String> templates, String reason) {
        String recipientFilter = recipientId == null ? "" : " and n.recipientId = :recipient";
        var params = new java.util.HashMap<String, Object>();
        params.put("space", spaceId);
        params.put("templates", templates);
        params.put("reason", reason);
        params.put("now", clock.instant());
        if (recipientId != null) {
            params.put("recipient", recipientId);
        }
        return Delivery.update("status = 'cancelled', reason = :reason, updatedAt = :now where status = 'pending'"
                + " and notificationId in (select n.id from Notification n where n.spaceId = :space"
                + " and n.template in :templates" + recipientFilter + ")", params);
    }

    /**
     * Gives the delivery worker back what {@link #cancelPending} cancelled for this reason, of a space's notifications
     * of these templates to this recipient, once the reason no longer holds; its next pass decides each again (sent
     * at once when due, or held for a digest or the quiet hours).
     */
    public Uni<Integer> resumeCancelled(UUID spaceId, UUID recipientId, List<String> templates, String reason) {
        return Delivery.update("status = 'pending', reason = null, digestId = null, updatedAt = :now"
                + " where status = 'cancelled' and reason = :reason and notificationId in (select n.id"
                + " from Notification n where n.spaceId = :space and n.template in :templates"
                + " and n.recipientId = :recipient)",
                Map.of("space", spaceId, "recipient", recipientId, "templates", templates, "reason", reason, "now",
                        clock.instant()));
    }

    /** Cancels the pending deliveries of every notification with this cause (e.g. a 1:1 request's nudge). */
    public Uni<Integer> cancelPendingOf(String cause, String reason) {
        return Delivery.update("status = 'cancelled', reason = ?1, updatedAt = ?2 where status = 'pending'"
                + " and notificationId in (select n.id from Notification n where n.dedupKey like ?3)", reason,
                clock.instant(), cause + ":%");
    }
}
