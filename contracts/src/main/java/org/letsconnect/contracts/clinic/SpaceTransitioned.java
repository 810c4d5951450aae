package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code space.transitioned.v1}: a lifecycle transition.
 *
 * @param from previous state ({@link SpaceStates})
 * @param to new state ({@link SpaceStates})
 * @param sequence the space's calendar SEQUENCE after the transition (raised on every reschedule)
 * @param reason free text given by the organizer, nullable
 * @param at when it happened
 */
public record SpaceTransitioned(String spaceId, String from, String to, int sequence, String reason, Instant at) {
}
