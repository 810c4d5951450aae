package org.letsconnect.matching.connection;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sharer's availability for new requests: paused until a time, or (without one) open again. */
@Schema(description = "Pause new requests until a time, or leave pauseUntil out to reopen")
public record AvailabilityRequest(@Schema(description = "No new requests until then; null reopens now") Instant pauseUntil) {

    static final AvailabilityRequest REOPEN = new AvailabilityRequest(null);
}
