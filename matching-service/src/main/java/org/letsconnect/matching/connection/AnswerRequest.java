package org.letsconnect.matching.connection;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sharer's answer to a request, accepting or declining it; the body is optional. */
@Schema(description = "A sharer's answer, optionally pausing new requests")
public record AnswerRequest(
        @Schema(description = "Declining: why, as a code", enumeration = {
                "unavailable", "not-a-fit", "other" }) String reason,
        @Schema(description = "Take no new requests until reopened (or until pauseUntil)") Boolean pauseNewRequests,
        @Schema(description = "Take no new requests until then") Instant pauseUntil){

    static final AnswerRequest NONE = new AnswerRequest(null, null, null);
}
