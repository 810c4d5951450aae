package org.letsconnect.contracts.notification;

import java.time.Instant;

/**
 * {@code delivery.sent.v1}: a notification was delivered. No address is ever carried.
 *
 * @param participantId the participant it went to, or null for a guest
 * @param channel {@code email}, {@code in-app}, {@code telegram} or {@code talk-page}
 * @param templateKey the template's key, e.g. {@code clinic-reminder}
 * @param language the language it was rendered in
 */
public record DeliverySent(String notificationId, String participantId, String channel, String templateKey,
        String language, Instant at) {

    public static final String EMAIL = "email";
    public static final String IN_APP = "in-app";
}
