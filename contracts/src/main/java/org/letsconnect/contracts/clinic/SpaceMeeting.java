package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code meeting.changed.v1} on the RESTRICTED topic {@code clinic.meetings.v1}: a space's current meeting link
 * (whole state, compacted by space id). The link never appears on the public {@code clinic.events.v1}: only confirmed
 * registrants, sharers, liaisons and organizers may have it. A tombstone for the space id follows when the link is
 * removed or the space is cancelled.
 *
 * @param spaceId the space, the key
 * @param meetingLink the https link to join the session
 * @param updatedAt when the link was last set
 */
public record SpaceMeeting(String spaceId, String meetingLink, Instant updatedAt) {
}
