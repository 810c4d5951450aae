package org.letsconnect.notification.preference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Local times of the day when a person wants no notifications: from {@code start} (included) to {@code end}
 * (excluded), over midnight when {@code end} is before {@code start}. What falls inside waits until they end; it is
 * delayed, never dropped.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        if (start == null || end == null || start.equals(end)) {
            throw new IllegalArgumentException("Quiet hours need a start and a different end");
        }
    }

    /** Whether the local time of day is inside. */
    public boolean contains(LocalTime time) {
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    /** {@code at} itself when outside the quiet hours in the zone, else the instant they end. */
    public Instant release(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!contains(time)) {
            return at;
        }
        LocalDate endDate = start.isAfter(end) && !time.isBefore(start) ? local.toLocalDate().plusDays(1)
                : local.toLocalDate();
        // a gap moves the end on by the gap's length; in an overlap prefer the offset in force at the due time, and
        // take the later one if that would end the quiet hours before they began
        ZonedDateTime ends = ZonedDateTime.ofLocal(endDate.atTime(end), zone, local.getOffset());
        if (!ends.toInstant().isAfter(at)) {
            ends = ends.withLaterOffsetAtOverlap();
        }
        return ends.toInstant().isAfter(at) ? ends.toInstant() : at;
    }
}
