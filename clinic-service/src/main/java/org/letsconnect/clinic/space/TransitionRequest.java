package org.letsconnect.clinic.space;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A move to another state. {@code rescheduled} needs the new {@code startsAt} and {@code endsAt} (ISO 8601 with an
 * offset) and may change {@code timeZone}; {@code reason} is shown to registrants (e.g. why it was cancelled).
 */
public record TransitionRequest(@NotBlank String to, @Size(max = 1000) String reason, String startsAt,
        String endsAt, String timeZone) {
}
