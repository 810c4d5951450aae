package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code registration.linked.v1}: a registration made by someone whose profile clinic-service did not know yet is
 * now linked to that profile. Until then the registration's events carried no participant id; from now on they do.
 * Consumers that act on a participant (confirmations, reminders, reports) can take the registration up from here.
 *
 * @param participantId the profile the registration now belongs to
 * @param status the registration's status when linked: {@code confirmed}, {@code waitlisted} or {@code cancelled}
 * @param position the 1-based place on the waitlist when waitlisted; null otherwise
 */
public record RegistrationLinked(String registrationId, String spaceId, String participantId, String status,
        Integer position, Instant at) {
}
