package org.letsconnect.notification.preference;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * How often a person wants to hear: at once, or at one time of the day or of the week, when everything held for the
 * digest goes out as one message per channel ({@code digest/}).
 */
public enum Digest {
    INSTANT("instant"),
    /** The next 08:00 local time. */
    DAILY("daily"),
    /** The next Monday 08:00 local time. */
    WEEKLY("weekly");

    /** The local time a digest goes out. */
    static final LocalTime RELEASE_TIME = LocalTime.of(8, 0);
    static final DayOfWeek RELEASE_DAY = DayOfWeek.MONDAY;
    public static final List<String> CODES = List.of("instant", "daily", "weekly");

    private final String code;

    Digest(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The digest of a code, or null for an unknown one. */
    public static Digest of(String code) {
        for (Digest digest : values()) {
            if (digest.code.equals(code)) {
                return digest;
            }
        }
        return null;
    }

    /** The first release time of this digest at or after {@code dueAt}, in the zone; {@code dueAt} when instant. */
    public Instant release(Instant dueAt, ZoneId zone) {
        if (this == INSTANT) {
            return dueAt;
        }
        ZonedDateTime local = dueAt.atZone(zone);
        LocalDate date = this == WEEKLY ? local.toLocalDate().with(TemporalAdjusters.nextOrSame(RELEASE_DAY))
                : local.toLocalDate();
        Instant candidate = at(date, zone, local);
        if (candidate.isBefore(dueAt)) {
            candidate = at(date.plusDays(this == WEEKLY ? 7 : 1), zone, local);
        }
        return candidate;
    }

    private static Instant at(LocalDate date, ZoneId zone, ZonedDateTime reference) {
        // in a DST gap the time moves on by the gap; in an overlap the offset of the due time is kept where valid
        return ZonedDateTime.ofLocal(date.atTime(RELEASE_TIME), zone, reference.getOffset()).toInstant();
    }
}
