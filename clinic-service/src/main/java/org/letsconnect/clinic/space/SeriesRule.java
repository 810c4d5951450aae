package org.letsconnect.clinic.space;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * When the next sessions of a series take place, at the same local time in the zone the first was planned in
 * (so a Connectathon at 16:00 in Europe/Paris stays at 16:00 across daylight-saving changes).
 */
public enum SeriesRule {

    /** Connectathons: the first Friday of every month. */
    MONTHLY_FIRST_FRIDAY("monthly-first-friday"),
    /** Learning Circles: the same weekday every week. */
    WEEKLY("weekly");

    private final String code;

    SeriesRule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SeriesRule of(String code) {
        for (SeriesRule rule : values()) {
            if (rule.code.equals(code)) {
                return rule;
            }
        }
        return null;
    }

    /** The start instants of the {@code count} sessions after the one starting at {@code firstStart}. */
    public List<Instant> following(Instant firstStart, ZoneId zone, int count) {
        ZonedDateTime first = firstStart.atZone(zone);
        List<Instant> starts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDate date = switch (this) {
                case MONTHLY_FIRST_FRIDAY -> first.toLocalDate().withDayOfMonth(1).plusMonths(i)
                        .with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
                case WEEKLY -> first.toLocalDate().plusWeeks(i);
            };
            starts.add(ZonedDateTime.of(date, first.toLocalTime(), zone).toInstant());
        }
        return starts;
    }
}
