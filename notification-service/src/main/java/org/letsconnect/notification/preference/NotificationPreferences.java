package org.letsconnect.notification.preference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.recipient.RecipientKind;

import io.smallrye.mutiny.Uni;

/** The channels a person wants a category on. Guests have no preferences: e-mail only. */
@ApplicationScoped
public class NotificationPreferences {

    /** The channels to deliver a notification of the category to, possibly none (unsubscribed). */
    public Uni<List<String>> channels(RecipientKind kind, UUID recipientId, String category) {
        if (kind == RecipientKind.GUEST) {
            return Uni.createFrom().item(List.of(Channel.EMAIL));
        }
        return Uni.createFrom().item(List.of(Channel.EMAIL, Channel.IN_APP));
    }

    /**
     * When a delivery due at {@code dueAt} may go out: later inside the person's quiet hours (in their zone) or
     * for a digest; never earlier. Urgent ones (cancellations, 1-hour reminders) pass through.
     */
    public Uni<Instant> releaseAt(RecipientKind kind, UUID recipientId, String category, Instant dueAt,
            boolean urgent) {
        return Uni.createFrom().item(dueAt);
    }

    /** Turns a channel off for a person after a permanent failure (unknown address, blocked bot, no such user). */
    public Uni<Void> turnOff(RecipientKind kind, UUID recipientId, String channel, String reason) {
        return Uni.createFrom().voidItem();
    }
}
