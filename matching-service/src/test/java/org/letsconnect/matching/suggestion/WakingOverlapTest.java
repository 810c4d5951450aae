package org.letsconnect.matching.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Weekly hours both are awake (08:00–22:00 local), exact to the minute across DST changes and offset zones. */
class WakingOverlapTest {

    private final WakingOverlap waking = new WakingOverlap(LocalTime.of(8, 0), LocalTime.of(22, 0));

    /** A week of 2026 without clock changes anywhere involved here: Monday 12 January. */
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 12);
    /** Monday 13 July 2026: British Summer Time. */
    private static final LocalDate JULY = LocalDate.of(2026, 7, 13);
    /** Monday 23 March 2026: the United Kingdom moves to BST on Sunday 29 March, 01:00 UTC. */
    private static final LocalDate UK_SPRING_FORWARD = LocalDate.of(2026, 3, 23);

    @Test
    void sameZoneIsTheWholeWakingWeek() {
        assertEquals(Duration.ofHours(98), waking.weekly(zone("Africa/Nairobi"), zone("Africa/Nairobi"), JANUARY));
        assertEquals(Duration.ofHours(98), waking.wholeWeek());
    }

    @Test
    void lagosAndSaoPauloShareTenHoursADay() {
        // Lagos UTC+1 awake 07:00–21:00 UTC, São Paulo UTC−3 awake 11:00–01:00 UTC (no DST since 2019)
        assertEquals(Duration.ofHours(70), waking.weekly(zone("Africa/Lagos"), zone("America/Sao_Paulo"), JANUARY));
        assertEquals(Duration.ofHours(70), waking.weekly(zone("America/Sao_Paulo"), zone("Africa/Lagos"), JULY));
    }

    @Test
    void kolkataAndLondonInWinterSummerAndTheWeekTheClocksGoForward() {
        // Kolkata +05:30 is awake 02:30–16:30 UTC; London 08:00–22:00 UTC in winter, 07:00–21:00 UTC in summer
        assertEquals(Duration.ofMinutes(59 * 60 + 30),
                waking.weekly(zone("Asia/Kolkata"), zone("Europe/London"), JANUARY)); // 7 × 8.5 h
        assertEquals(Duration.ofMinutes(66 * 60 + 30),
                waking.weekly(zone("Asia/Kolkata"), zone("Europe/London"), JULY)); // 7 × 9.5 h
        // six winter days and one summer Sunday: 6 × 8.5 + 9.5
        assertEquals(Duration.ofMinutes(60 * 60 + 30),
                waking.weekly(zone("Europe/London"), zone("Asia/Kolkata"), UK_SPRING_FORWARD));
    }

    @Test
    void quarterAndHalfHourZones() {
        // Kathmandu +05:45 awake 02:15–16:15 UTC; Adelaide +10:30 (summer, January) awake 21:30–11:30 UTC
        assertEquals(Duration.ofMinutes(7 * (9 * 60 + 15)),
                waking.weekly(zone("Asia/Kathmandu"), zone("Australia/Adelaide"), JANUARY));
        // Adelaide +09:30 in July awake 22:30–12:30 UTC: 02:15–12:30 with Kathmandu
        assertEquals(Duration.ofMinutes(7 * (10 * 60 + 15)),
                waking.weekly(zone("Asia/Kathmandu"), zone("Australia/Adelaide"), JULY));
        // Kathmandu and London in winter: 08:00–16:15 UTC
        assertEquals(Duration.ofMinutes(7 * (8 * 60 + 15)),
                waking.weekly(zone("Asia/Kathmandu"), zone("Europe/London"), JANUARY));
    }

    @Test
    void oppositeSidesOfTheWorldBarelyOverlap() {
        // Honolulu −10 awake 18:00–08:00 UTC, Nairobi +3 awake 05:00–19:00 UTC: 05:00–08:00 and 18:00–19:00
        assertEquals(Duration.ofHours(28), waking.weekly(zone("Pacific/Honolulu"), zone("Africa/Nairobi"), JANUARY));
    }

    @Test
    void anyDayOfTheWeekMeansItsWeekAndTheWeekOfAnInstantStartsOnMonday() {
        assertEquals(waking.weekly(zone("Asia/Kolkata"), zone("Europe/London"), UK_SPRING_FORWARD),
                waking.weekly(zone("Asia/Kolkata"), zone("Europe/London"), LocalDate.of(2026, 3, 29)));
        assertEquals(LocalDate.of(2026, 3, 23), WakingOverlap.weekOf(Instant.parse("2026-03-29T23:59:00Z")));
        assertEquals(LocalDate.of(2026, 3, 30), WakingOverlap.weekOf(Instant.parse("2026-03-30T00:00:00Z")));
    }

    @Test
    void aWakingDayMayEndAfterMidnight() {
        WakingOverlap nightOwls = new WakingOverlap(LocalTime.of(10, 0), LocalTime.of(2, 0));
        assertEquals(Duration.ofHours(16 * 7), nightOwls.wholeWeek());
        assertEquals(Duration.ofHours(16 * 7), nightOwls.weekly(zone("UTC"), zone("UTC"), JANUARY));
        // UTC awake 10:00–02:00, Lagos 09:00–01:00 UTC: 15 h a day
        assertEquals(Duration.ofHours(15 * 7), nightOwls.weekly(zone("UTC"), zone("Africa/Lagos"), JANUARY));
    }

    private static ZoneId zone(String id) {
        return ZoneId.of(id);
    }
}
