package org.letsconnect.contracts.clinic;

import java.time.Instant;

/** A space's meeting link on the restricted clinic.meetings.v1 (keyed by space). */
public record SpaceMeeting(String spaceId, String meetingLink, Instant updatedAt) {
}
