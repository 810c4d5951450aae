package org.letsconnect.clinic.attendance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attendee as organizers see them: who they were in the meeting, how long, and who they are. */
@Schema(description = "An attendee: their Zoom names, minutes attended, and the person they were reconciled to")
public record AttendeeView(
        @Schema(description = "The attendee's id, to confirm who they are") UUID id,
        @Schema(description = "The names they were in the meeting under, as the report writes them "
                + "(original name in brackets)") List<String> names,
        @Schema(description = "The email Zoom reported (private: organizers only), or null") String email,
        @Schema(description = "Whether Zoom marked them a guest") boolean guest,
        @Schema(description = "matched, ambiguous (see candidates), unmatched, or host (the meeting's host or a "
                + "co-host: not an attendee, not counted)", enumeration = {
                        "matched", "ambiguous", "unmatched",
                        "host" }) String status,
        @Schema(description = "When matched: the directory participant, null for a guest") UUID participantId,
        @Schema(description = "When matched: their registration for this space, null when they did not register") UUID registrationId,
        @Schema(description = "When matched: their name (display name, else registered name, else username)") String personName,
        @Schema(description = "When matched: their Wikimedia username, null for a guest") String personUsername,
        @Schema(description = "When matched: what matched — alias, email, registered-name, username or display-name") String matchedOn,
        @Schema(description = "When matched: how the names compare — exact, word-order, spelling, transliteration, "
                + "initials or partial") String similarity,
        @Schema(description = "When matched: how alike, 0 to 1") Double score,
        @Schema(description = "Minutes in the meeting: reconnects and overlapping joins count each minute once") int minutes,
        @Schema(description = "Whether they were still there 90 minutes after the meeting's start (its summary's, "
                + "else the first join), presence past the scheduled length and a tolerance not counted") boolean stayedPast90Minutes,
        Instant firstJoinedAt,
        Instant lastLeftAt,
        @Schema(description = "How many times they joined") int joins,
        @Schema(description = "When ambiguous: who they may be, most alike first") List<AttendanceCandidate> candidates){

    static AttendeeView of(Attendance attendance) {
        return new AttendeeView(attendance.id, List.copyOf(attendance.names), attendance.email, attendance.guest,
                attendance.status, attendance.participantId, attendance.registrationId, attendance.personName,
                attendance.personUsername, attendance.matchedOn, attendance.similarity, attendance.score,
                attendance.minutes, attendance.stayedPast90Minutes, attendance.firstJoinedAt, attendance.lastLeftAt,
                attendance.joins, List.copyOf(attendance.candidates));
    }
}
