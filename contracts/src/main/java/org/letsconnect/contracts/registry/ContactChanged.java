package org.letsconnect.contracts.registry;

import java.time.Instant;

/**
 * {@code contact.changed.v1} on the RESTRICTED topic {@code registry.contacts.v1}: the participant's current
 * contact data (whole state, compacted by participant id).
 *
 * @param email the confirmed email address, nullable when the participant has none
 */
public record ContactChanged(String participantId, String subject, String email, String notificationLanguage,
        String timeZone, Instant updatedAt) {
}
