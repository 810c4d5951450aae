package org.letsconnect.matching.suggestion;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hours in one concrete week during which two people, each in their own time zone, are both awake (by default
 * 08:00–22:00 local time). Computed with {@code java.time} on real instants, so a week with a daylight-saving change
 * counts the day the clocks moved as it was, and half- and quarter-hour zones (Asia/Kolkata +05:30, Asia/Kathmandu
 * +05:45, Australia/Adelaide +09:30/+10:30) are exact to the minute.
 *
 * <p>
 * The week is the seven UTC days from a Monday 00:00 UTC. Answers are kept per pair of zones and week: there are a few
 * hundred zones, so a ranking over 100,000 people computes each pair once. Thread-safe.
 */
public final class WakingOverlap {

    private final LocalTime from;
    private final LocalTime to;
    /** Answers per pair and week; dropped whole when it grows past {@link #MAX_KNOWN} (weeks pass, pairs pile up). */
    private final Map<Key, Duration> known = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN = 200_000;

    private record Key(ZoneId a, ZoneId b, LocalDate monday) {
    }

    private record Span(Instant start, Instant end) {
    }

    public WakingOverlap(LocalTime from, LocalTime to) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("The waking day cannot start and end at " + from);
        }
        this.from = from;
        this.to = to;
    }

    /** The Monday (UTC) of the week an instant falls in: the reference week of a ranking made then. */
    public static LocalDate weekOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The longest possible overlap: two people in the same zone, in a week without clock changes. */
    public Duration wholeWeek() {
        return day().multipliedBy(7);
    }

    /** The time both are awake in the week starting {@code monday} 00:00 UTC (any date: its week's Monday is used). */
    public Duration weekly(ZoneId a, ZoneId b, LocalDate monday) {
        LocalDate start = monday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ZoneId first = a.getId().compareTo(b.getId()) <= 0 ? a : b;
        ZoneId second = first == a ? b : a;
        if (known.size() > MAX_KNOWN) {
            known.clear();
        }
        return known.computeIfAbsent(new Key(first, second, start), key -> compute(key.a(), key.b(), key.monday()));
    }

    private Duration compute(ZoneId a, ZoneId b, LocalDate monday) {
        Instant weekStart = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant weekEnd = monday.plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Span> awakeA = awake(a, monday, weekStart, weekEnd);
        List<Span> awakeB = awake(b, monday, weekStart, weekEnd);
        Duration total = Duration.ZERO;
        for (Span x : awakeA) {
            for (Span y : awakeB) {
                Instant start = x.start().isAfter(y.start()) ? x.start() : y.start();
                Instant end = x.end().isBefore(y.end()) ? x.end() : y.end();
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The person's waking spans that touch the UTC week, cut to it; local days from the day before to the day after. */
    private List<Span> awake(ZoneId zone, LocalDate monday, Instant weekStart, Instant weekEnd) {
        List<Span> spans = new ArrayList<>(9);
        for (LocalDate day = monday.minusDays(1); day.isBefore(monday.plusDays(8)); day = day.plusDays(1)) {
            Instant start = ZonedDateTime.of(day, from, zone).toInstant();
            Instant end = ZonedDateTime.of(to.isAfter(from) ? day : day.plusDays(1), to, zone).toInstant();
            if (start.isBefore(weekStart)) {
                start = weekStart;
            }
            if (end.isAfter(weekEnd)) {
                end = weekEnd;
            }
            if (start.isBefore(end)) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    private Duration day() {
        Duration day = Duration.between(from, to);
        return day.isNegative() ? day.plusDays(1) : day;
    }
}
