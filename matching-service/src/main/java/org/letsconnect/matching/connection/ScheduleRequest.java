package org.letsconnect.matching.connection;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When the two sides meet: an instant in the future and the IANA zone they agreed it in. */
@Schema(description = "The meeting time")
public record ScheduleRequest(
        @Schema(description = "The meeting instant, with its offset", example = "2027-03-14T17:30:00Z", required = true) Instant at,
        @Schema(description = "IANA time zone the time was agreed in", example = "America/Sao_Paulo", required = true) String timeZone) {
}
