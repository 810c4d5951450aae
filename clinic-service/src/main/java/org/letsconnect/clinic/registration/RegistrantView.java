package org.letsconnect.clinic.registration;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registrant as organizers see them, with the personal data they need to run the session. */
@Schema(description = "A registrant as organizers see them; the e-mail address is private to organizers")
public record RegistrantView(
        String id,
        @Schema(description = "The current display name from the registry for participants, the given name for "
                + "guests") String name,
        String username,
        @Schema(description = "Registry participant id; null for guests and people without a profile") String participantId,
        boolean guest,
        @Schema(description = "The guest's address, or the participant's from the registry's contact data") String email,
        String language,
        String timeZone,
        @Schema(description = "confirmed, waitlisted or cancelled") String status,
        @Schema(description = "1-based place on the waitlist while waitlisted, else null") Integer position,
        Instant registeredAt,
        Instant promotedAt,
        Instant cancelledAt) {
}
