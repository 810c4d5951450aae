package org.letsconnect.contracts.clinic;

import java.time.Instant;

/**
 * {@code attendance.retracted.v1}: an attendance published by {@code attendance.recorded.v1} no longer stands;
 * consumers withdraw what it gave (badges, follow-up with the space's sharers, …).
 *
 * @param participantId the directory participant, nullable for a guest or an attendee matched to no one
 * @param registrationId the registration it was matched to, nullable when attended without registering or matched to
 *        no one
 * @param reason {@link #REPORT_CORRECTED}, {@link #CONFIRMATION_UNDONE} or {@link #HOST}
 */
public record AttendanceRetracted(String spaceId, String participantId, String registrationId, String reason,
        Instant retractedAt) {

    /** A later report no longer has the attendee, or reconciles them to someone else. */
    public static final String REPORT_CORRECTED = "report-corrected";
    /** An organizer undid the confirmation of the match. */
    public static final String CONFIRMATION_UNDONE = "confirmation-undone";
    /** Recognised as the meeting's host or a co-host: never an attendee. */
    public static final String HOST = "host";
}
