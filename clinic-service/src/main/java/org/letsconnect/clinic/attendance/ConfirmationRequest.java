package org.letsconnect.clinic.attendance;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organizer says who an attendee is: a directory participant, or a registration of the space (a guest's). */
@Schema(description = "Who an attendee is: give exactly one of participantId and registrationId")
public record ConfirmationRequest(
        @NotNull @Schema(description = "The attendee (from the reconciliation)", required = true) UUID attendeeId,
        @Schema(description = "The directory participant they are") UUID participantId,
        @Schema(description = "The registration of this space they are (for a guest registrant)") UUID registrationId) {
}
