package org.letsconnect.matching.connection;

import java.time.Instant;

/**
 * A sharer's load for organizers.
 *
 * @param capacity the most connections at once, from their profile
 * @param active connections accepted or scheduled
 * @param pending requests and proposals waiting for their answer
 */
public record SharerLoad(String sharerId, String name, int capacity, long active, long pending, int requestsExpired,
        Instant awaySince, Instant pausedUntil) {
}
