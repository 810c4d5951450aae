package org.letsconnect.notification.preference;

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
}
