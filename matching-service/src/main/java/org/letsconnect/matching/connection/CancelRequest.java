package org.letsconnect.matching.connection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a connection is called off; the body is optional. */
@Schema(description = "A cancellation")
public record CancelRequest(
        @Schema(description = "Why, as a code", enumeration = {
                "no-longer-needed", "cannot-attend", "no-response",
                "other" }) String reason){

    static final CancelRequest NONE = new CancelRequest(null);
}
