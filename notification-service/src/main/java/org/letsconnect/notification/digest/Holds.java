package org.letsconnect.notification.digest;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.preference.NotificationPreferences;
import org.letsconnect.notification.recipient.RecipientKind;

import io.smallrye.mutiny.Uni;

/** Asks the person's preferences how a due delivery is held ({@link Hold#of}); runs in the caller's session. */
@ApplicationScoped
public class Holds {

    private final NotificationPreferences preferences;
    private final Clock clock;

    public Holds(NotificationPreferences preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    public Uni<Hold> of(RecipientKind kind, Notification notification, String channel, Instant dueAt, boolean urgent) {
        return preferences.releaseRule(kind, notification.recipientId).map(rule -> Hold.of(rule,
                notification.category, notification.template, channel, dueAt, urgent, clock.instant()));
    }
}
