package org.letsconnect.contracts.matching;

import java.util.List;

/** States of a 1:1 connection, as codes. */
public final class ConnectionStates {
    public static final String REQUESTED = "requested";
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";
    public static final String SCHEDULED = "scheduled";
    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";
    /** Asked for without a sharer: waits for a round or an organizer. */
    public static final String OPEN = "open";
    /** A round or an organizer named a sharer, who answers it like a request. */
    public static final String PROPOSED = "proposed";
    /** Left unanswered until its expiry. */
    public static final String EXPIRED = "expired";
    public static final List<String> ALL = List.of(REQUESTED, ACCEPTED, DECLINED, SCHEDULED, COMPLETED, CANCELLED,
            OPEN, PROPOSED, EXPIRED);

    private ConnectionStates() {
    }
}
