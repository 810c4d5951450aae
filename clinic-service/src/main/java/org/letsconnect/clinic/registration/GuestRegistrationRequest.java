package org.letsconnect.clinic.registration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A guest's registration: someone without a Wikimedia sign-in, known by a name and an e-mail address. */
@Schema(description = "A guest without a Wikimedia account; every field is checked and all faults named at once")
public record GuestRegistrationRequest(
        @Schema(description = "How the guest wants to be called, at most 200 characters", example = "Ngozi Okafor") String name,
        @Schema(description = "Private: seen by organizers only, never published", example = "ngozi@example.org") String email,
        @Schema(description = "Wikimedia language code for reminders", example = "en") String language,
        @Schema(description = "IANA time zone to show the session's time in", example = "Africa/Lagos") String timeZone) {
}
