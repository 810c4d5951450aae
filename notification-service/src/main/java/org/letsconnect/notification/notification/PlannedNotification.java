package org.letsconnect.notification.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.letsconnect.notification.recipient.RecipientKind;

/**
 * What a rule decided: this template, for this person, about this, due then.
 *
 * @param eventId the event that caused it; with the recipient and the template, the notification's unique key
 * @param spaceId the space it is about, nullable
 * @param params template parameters (ids, codes, numbers, instants as ISO strings; never an address)
 * @param dueAt when it should be delivered (now for most; before the session for reminders)
 * @param urgent passes quiet hours (cancellations, 1-hour reminders)
 */
public record PlannedNotification(String eventId, RecipientKind kind, UUID recipientId, String category,
        String template, UUID spaceId, Map<String, Object> params, Instant dueAt, boolean urgent) {

    public String dedupKey() {
        return eventId + ":" + recipientId + ":" + template;
    }
}
