package org.letsconnect.clinic.space;

import static org.letsconnect.contracts.clinic.SpaceStates.ARCHIVED;
import static org.letsconnect.contracts.clinic.SpaceStates.CANCELLED;
import static org.letsconnect.contracts.clinic.SpaceStates.COMPLETED;
import static org.letsconnect.contracts.clinic.SpaceStates.IN_PREPARATION;
import static org.letsconnect.contracts.clinic.SpaceStates.LIVE;
import static org.letsconnect.contracts.clinic.SpaceStates.OPEN_FOR_REGISTRATION;
import static org.letsconnect.contracts.clinic.SpaceStates.PROPOSED;
import static org.letsconnect.contracts.clinic.SpaceStates.RESCHEDULED;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which state may follow which. Rescheduling is a transition of its own: it carries the new time, raises the
 * calendar sequence, and leaves the space in {@code rescheduled}, which keeps registrations open (registrants
 * keep their places) until the organizers move it on.
 */
public final class SpaceLifecycle {

    private static final Map<String, List<String>> NEXT = Map.of(
            PROPOSED, List.of(IN_PREPARATION, CANCELLED),
            IN_PREPARATION, List.of(OPEN_FOR_REGISTRATION, RESCHEDULED, CANCELLED),
            OPEN_FOR_REGISTRATION, List.of(LIVE, RESCHEDULED, CANCELLED),
            RESCHEDULED, List.of(IN_PREPARATION, OPEN_FOR_REGISTRATION, LIVE, RESCHEDULED, CANCELLED),
            LIVE, List.of(COMPLETED),
            COMPLETED, List.of(ARCHIVED),
            CANCELLED, List.of(ARCHIVED),
            ARCHIVED, List.of());

    private static final Set<String> TAKING_REGISTRATIONS = Set.of(OPEN_FOR_REGISTRATION, RESCHEDULED);
    /** States in which the session has not happened yet and preparation still counts. */
    private static final Set<String> UPCOMING = Set.of(PROPOSED, IN_PREPARATION, OPEN_FOR_REGISTRATION, RESCHEDULED);
    /** States the public sees; proposals and spaces in preparation are the organizers' and sharers' business. */
    private static final Set<String> PUBLISHED = Set.of(OPEN_FOR_REGISTRATION, RESCHEDULED, LIVE, COMPLETED, ARCHIVED,
            CANCELLED);

    private SpaceLifecycle() {
    }

    public static List<String> next(String state) {
        return NEXT.getOrDefault(state, List.of());
    }

    public static boolean allows(String from, String to) {
        return next(from).contains(to);
    }

    public static boolean takesRegistrations(String state) {
        return TAKING_REGISTRATIONS.contains(state);
    }

    public static boolean isUpcoming(String state) {
        return UPCOMING.contains(state);
    }

    public static boolean isPublished(String state) {
        return PUBLISHED.contains(state);
    }

    /** Whether the session has taken place (or is taking place): attendance, feedback and resources belong here. */
    public static boolean hasTakenPlace(String state) {
        return LIVE.equals(state) || COMPLETED.equals(state) || ARCHIVED.equals(state);
    }
}
