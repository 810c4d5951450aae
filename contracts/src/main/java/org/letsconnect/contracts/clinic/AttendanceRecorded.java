package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code attendance.recorded.v1}: a reconciled attendee's merged attendance.
 *
 * @param participantId the directory participant, nullable for a guest
 * @param registrationId the matching registration, nullable when attended without registering
 * @param minutes minutes attended (merged intervals)
 * @param stayedPast90Minutes whether the attendee was still present 90 minutes after the start
 */
public record AttendanceRecorded(String spaceId, String participantId, String registrationId, int minutes,
        boolean stayedPast90Minutes, Instant firstJoinedAt, Instant lastLeftAt) {
}
