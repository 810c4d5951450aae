package org.letsconnect.clinic.registration;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registration as its registrant sees it. */
@Schema(description = "A registration as its registrant sees it")
public record RegistrationView(
        String id,
        String spaceId,
        @Schema(description = "confirmed, waitlisted or cancelled") String status,
        @Schema(description = "1-based place on the waitlist while waitlisted, else null") Integer position,
        boolean guest,
        String name,
        String language,
        String timeZone,
        Instant registeredAt,
        @Schema(description = "When a waitlisted registration got its place") Instant promotedAt,
        Instant cancelledAt,
        @Schema(description = "Guests only, and only in the answer to their registration: the secret that cancels "
                + "it without signing in (DELETE with ?cancelToken= or the X-Cancel-Token header). Keep it; it is "
                + "not stored and cannot be shown again.") String cancelToken) {

    static RegistrationView of(Registration registration, Integer position) {
        return of(registration, position, null);
    }

    static RegistrationView of(Registration registration, Integer position, String cancelToken) {
        return new RegistrationView(registration.id.toString(), registration.spaceId.toString(), registration.status,
                Registration.WAITLISTED.equals(registration.status) ? position : null, registration.guest,
                registration.name, registration.language, registration.timeZone, registration.registeredAt,
                registration.promotedAt, registration.cancelledAt, cancelToken);
    }
}
