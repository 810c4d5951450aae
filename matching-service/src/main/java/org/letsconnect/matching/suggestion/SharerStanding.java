package org.letsconnect.matching.suggestion;

import java.time.Instant;

/**
 * What matching's own tables say of a sharer at the time of a ranking: their active connections and their
 * {@code sharer} row (pause, away, answered and expired requests). A sharer without a row is {@link #fresh}.
 *
 * @param participantId the sharer's participant id
 * @param activeConnections connections accepted or scheduled now (what counts against {@code maxConnections})
 * @param pausedUntil new requests paused until then, or null
 * @param awaySince set away for leaving requests unanswered, or null
 * @param requestsAnswered requests accepted or declined
 * @param requestsExpired requests left to expire
 */
public record SharerStanding(String participantId, int activeConnections, Instant pausedUntil, Instant awaySince,
        int requestsAnswered, int requestsExpired) {

    /** A sharer matching has no record of: no load, never paused, no history. */
    public static SharerStanding fresh(String participantId) {
        return new SharerStanding(participantId, 0, null, null, 0, 0);
    }
}
