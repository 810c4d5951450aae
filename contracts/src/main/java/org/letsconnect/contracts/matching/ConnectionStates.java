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
    public static final List<String> ALL = List.of(REQUESTED, ACCEPTED, DECLINED, SCHEDULED, COMPLETED, CANCELLED);

    private ConnectionStates() {
    }
}
