package org.letsconnect.contracts.clinic;

import java.time.Instant;

/** Guest contact data on the restricted clinic.guests.v1 (keyed by registration). */
public record GuestContact(String registrationId, String spaceId, String name, String email, String language,
        String timeZone, Instant updatedAt) {
}
