package org.letsconnect.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the delivery log: what went (or is to go) to whom, on which channel, and how it went. Carries no
 * address and no message text.
 *
 * @param reason why it failed, was cancelled or is waiting (e.g. {@code unknown-address}, {@code quiet-hours})
 * @param recipientKind {@code participant}, {@code guest}, or {@code erased}
 * @param recipientId the participant id, or the registration id for a guest (the nil id once erased)
 */
public record DeliveryLogItem(UUID deliveryId, UUID notificationId, String template, String category,
        String channel, String status, String reason, int attempts, Instant dueAt, Instant sentAt, UUID spaceId,
        String recipientKind, UUID recipientId) {
}
