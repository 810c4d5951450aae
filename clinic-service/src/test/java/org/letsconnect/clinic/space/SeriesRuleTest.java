package org.letsconnect.clinic.space;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeriesRuleTest {

    @Test
    void connectathonsFallOnFirstFridaysAtTheSameLocalTimeAcrossDaylightSaving() {
        // Friday 1 January 2027, 16:00 in Paris (UTC+1); summer time starts on 28 March
        List<Instant> next = SeriesRule.MONTHLY_FIRST_FRIDAY.following(Instant.parse("2027-01-01T15:00:00Z"),
                ZoneId.of("Europe/Paris"), 4);
        assertEquals(List.of(Instant.parse("2027-02-05T15:00:00Z"), Instant.parse("2027-03-05T15:00:00Z"),
                Instant.parse("2027-04-02T14:00:00Z"), Instant.parse("2027-05-07T14:00:00Z")), next);
    }

    @Test
    void theFirstFridayIsJudgedInTheSpacesZoneNotInUtc() {
        // Friday 4 December 2026 at 08:00 in Auckland is still Thursday 3 December in UTC
        List<Instant> next = SeriesRule.MONTHLY_FIRST_FRIDAY.following(Instant.parse("2026-12-03T19:00:00Z"),
                ZoneId.of("Pacific/Auckland"), 1);
        // Friday 1 January 2027, 08:00 NZDT (UTC+13)
        assertEquals(List.of(Instant.parse("2026-12-31T19:00:00Z")), next);
    }

    @Test
    void learningCirclesMeetWeekly() {
        assertEquals(List.of(Instant.parse("2027-01-13T10:00:00Z"), Instant.parse("2027-01-20T10:00:00Z")),
                SeriesRule.WEEKLY.following(Instant.parse("2027-01-06T10:00:00Z"), ZoneId.of("Africa/Nairobi"), 2));
    }
}
