package org.letsconnect.matching.connection;

import java.time.Instant;

/**
 * A sharer's availability as matching sees it.
 *
 * @param pausedUntil no new requests until then (null: open)
 * @param awaySince set away then after leaving requests unanswered (null: not away)
 */
public record AvailabilityView(Instant pausedUntil, Instant awaySince) {
}
