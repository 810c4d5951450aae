package org.letsconnect.contracts.clinic;

import java.util.List;

/** Lifecycle states of a learning space, as codes. */
public final class SpaceStates {
    public static final String PROPOSED = "proposed";
    public static final String IN_PREPARATION = "in-preparation";
    public static final String OPEN_FOR_REGISTRATION = "open-for-registration";
    public static final String LIVE = "live";
    public static final String COMPLETED = "completed";
    public static final String ARCHIVED = "archived";
    public static final String CANCELLED = "cancelled";
    public static final String RESCHEDULED = "rescheduled";
    public static final List<String> ALL = List.of(PROPOSED, IN_PREPARATION, OPEN_FOR_REGISTRATION, LIVE, COMPLETED,
            ARCHIVED, CANCELLED, RESCHEDULED);

    private SpaceStates() {
    }
}
