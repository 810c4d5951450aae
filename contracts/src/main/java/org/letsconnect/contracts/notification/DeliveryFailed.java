package org.letsconnect.contracts.notification;

import java.time.Instant;

/**
 * {@code delivery.failed.v1}: a delivery failed for good (after retries). No address is ever carried.
 *
 * @param participantId the participant it went to, or null for a guest
 * @param channel {@code email}, {@code in-app}, {@code telegram} or {@code talk-page}
 * @param reason a short reason, e.g. {@code smtp-rejected}, {@code no-address}, {@code unsubscribed}
 */
public record DeliveryFailed(String notificationId, String participantId, String channel, String templateKey,
        String language, Instant at, String reason) {
}
