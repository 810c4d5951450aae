package org.letsconnect.clinic.attendance;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A space's attendance: each attendee reconciled, those needing an organizer first. */
@Schema(description = "A space's attendance reconciled: attendees needing an organizer's confirmation first "
        + "(ambiguous, then unmatched), then the matched ones, then the meeting's hosts")
public record AttendanceReconciliation(
        UUID spaceId,
        @Schema(description = "When the report was uploaded, null before any upload") Instant uploadedAt,
        @Schema(description = "The zone the report's times were read in") String timeZone,
        Counts counts,
        List<AttendeeView> attendees) {

    @Schema(description = "How many attendees there are of each kind")
    public record Counts(@Schema(description = "Attendees, hosts not counted") int attendees, int matched, int ambiguous,
            int unmatched,
            @Schema(description = "Attendees matched to a registration of the space") int registered,
            @Schema(description = "Attendees still there 90 minutes after the meeting's start") int stayedPast90Minutes,
            @Schema(description = "The meeting's host and co-hosts, reported apart") int hosts) {
    }

    private static final List<String> ORDER = List.of("ambiguous", "unmatched", "matched", "host");

    static AttendanceReconciliation of(UUID spaceId, AttendanceReport report, List<Attendance> rows) {
        List<AttendeeView> attendees = rows.stream()
                .sorted(Comparator.comparingInt((Attendance a) -> ORDER.indexOf(a.status))
                        .thenComparing(a -> a.names.isEmpty() ? "" : a.names.get(0), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(a -> a.attendeeKey))
                .map(AttendeeView::of).toList();
        List<Attendance> attending = rows.stream().filter(a -> !a.isHost()).toList();
        Counts counts = new Counts(attending.size(), count(rows, "matched"), count(rows, "ambiguous"),
                count(rows, "unmatched"), (int) attending.stream().filter(a -> a.registrationId != null).count(),
                (int) attending.stream().filter(a -> a.stayedPast90Minutes).count(), rows.size() - attending.size());
        return new AttendanceReconciliation(spaceId, report == null ? null : report.uploadedAt,
                report == null ? null : report.timeZone, counts, attendees);
    }

    private static int count(List<Attendance> rows, String status) {
        return (int) rows.stream().filter(a -> status.equals(a.status)).count();
    }
}
