package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code registration.created.v1}. Guests' names and emails are never on the topic.
 *
 * @param participantId nullable for guests
 * @param guest true when registered without a profile
 * @param status {@code confirmed} or {@code waitlisted}
 * @param position the 1-based place on the waitlist when waitlisted; null when confirmed
 */
public record RegistrationCreated(String registrationId, String spaceId, String participantId, boolean guest,
        String status, Integer position, Instant at) {

    public static final String CONFIRMED = "confirmed";
    public static final String WAITLISTED = "waitlisted";
}
