package org.letsconnect.contracts.notification;

import java.time.Instant;

/**
 * {@code delivery.failed.v1}: a delivery failed for good (after retries). No address is ever carried.
 *
 * @param channel {@code email} or {@code in-app}
 * @param reason a short reason, e.g. {@code smtp-rejected}, {@code no-address}, {@code unsubscribed}
 */
public record DeliveryFailed(String notificationId, String participantId, String channel, String templateKey,
        String language, Instant at, String reason) {
}
