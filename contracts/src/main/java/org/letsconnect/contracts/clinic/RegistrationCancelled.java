package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code registration.cancelled.v1}.
 *
 * @param participantId nullable for guests
 * @param previousStatus {@code confirmed} or {@code waitlisted}: whether a place was freed
 */
public record RegistrationCancelled(String registrationId, String spaceId, String participantId, boolean guest,
        String previousStatus, Instant at) {
}
