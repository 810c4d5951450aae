package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code registration.promoted.v1}: a waitlisted registration got a place (status is now {@code confirmed}).
 *
 * @param participantId nullable for guests
 */
public record RegistrationPromoted(String registrationId, String spaceId, String participantId, boolean guest,
        Instant at) {
}
