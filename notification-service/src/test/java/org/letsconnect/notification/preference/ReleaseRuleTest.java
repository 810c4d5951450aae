package org.letsconnect.notification.preference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.letsconnect.notification.notification.Category;

/** The time arithmetic of quiet hours and digests, in zones with DST and with half-hour offsets. */
class ReleaseRuleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void quietHoursOverMidnightHoldUntilTheirEndInTheZone() {
        // 23:30 in Kolkata (+05:30) is 18:00Z; the night ends at 07:00 local, 01:30Z the next day
        assertEquals(at("2026-12-02T01:30:00Z"), NIGHT.release(at("2026-12-01T18:00:00Z"), KOLKATA));
        // 03:00 local, after midnight: the same morning
        assertEquals(at("2026-12-02T01:30:00Z"), NIGHT.release(at("2026-12-01T21:30:00Z"), KOLKATA));
        // 07:00 local is outside (the end is excluded), 21:59 too
        assertEquals(at("2026-12-02T01:30:00Z"), NIGHT.release(at("2026-12-02T01:30:00Z"), KOLKATA));
        assertEquals(at("2026-12-01T16:29:00Z"), NIGHT.release(at("2026-12-01T16:29:00Z"), KOLKATA));
        // 22:00 local is inside (the start is included)
        assertEquals(at("2026-12-02T01:30:00Z"), NIGHT.release(at("2026-12-01T16:30:00Z"), KOLKATA));
    }

    @Test
    void quietHoursWithinADay() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertTrue(lunch.contains(LocalTime.of(12, 0)));
        assertTrue(lunch.contains(LocalTime.of(13, 29)));
        assertFalse(lunch.contains(LocalTime.of(13, 30)));
        assertFalse(lunch.contains(LocalTime.of(11, 59)));
        // São Paulo has been UTC-3 all year since 2019: 12:15 local is 15:15Z, released 13:30 local = 16:30Z
        assertEquals(at("2026-07-01T16:30:00Z"), lunch.release(at("2026-07-01T15:15:00Z"), SAO_PAULO));
        assertThrows(IllegalArgumentException.class, () -> new QuietHours(LocalTime.NOON, LocalTime.NOON));
    }

    @Test
    void quietHoursEndingOnTheMorningOfTheSpringDstSwitch() {
        // Berlin: on 28 March 2027 clocks go from 02:00 CET to 03:00 CEST. 23:00 CET on the 27th is 22:00Z; the night
        // ends at 07:00 CEST, 05:00Z: seven hours of wall clock, six of real time
        assertEquals(at("2027-03-28T05:00:00Z"), NIGHT.release(at("2027-03-27T22:00:00Z"), BERLIN));
        // quiet hours ending inside the gap (02:30 does not exist that night) end when the clocks jump: 03:30 CEST
        QuietHours early = new QuietHours(LocalTime.of(1, 0), LocalTime.of(2, 30));
        assertEquals(at("2027-03-28T01:30:00Z"), early.release(at("2027-03-28T00:15:00Z"), BERLIN));
    }

    @Test
    void quietHoursEndingOnTheMorningOfTheAutumnDstSwitch() {
        // Berlin: on 31 October 2027 clocks go back from 03:00 CEST to 02:00 CET. 23:00 CEST on the 30th is 21:00Z;
        // the night ends at 07:00 CET, 06:00Z: eight hours of wall clock, nine of real time
        assertEquals(at("2027-10-31T06:00:00Z"), NIGHT.release(at("2027-10-30T21:00:00Z"), BERLIN));
        // 02:15 happens twice; quiet hours ending at 02:30 hold each 02:15 until the 02:30 that follows it
        QuietHours early = new QuietHours(LocalTime.of(1, 0), LocalTime.of(2, 30));
        assertEquals(at("2027-10-31T00:30:00Z"), early.release(at("2027-10-31T00:15:00Z"), BERLIN)); // CEST
        assertEquals(at("2027-10-31T01:30:00Z"), early.release(at("2027-10-31T01:15:00Z"), BERLIN)); // CET
    }

    @Test
    void dailyDigestIsTheNextEightOClockAtOrAfterTheDueTime() {
        // Kolkata 08:00 is 02:30Z
        assertEquals(at("2026-12-02T02:30:00Z"), Digest.DAILY.release(at("2026-12-01T02:31:00Z"), KOLKATA));
        assertEquals(at("2026-12-01T02:30:00Z"), Digest.DAILY.release(at("2026-12-01T02:30:00Z"), KOLKATA));
        assertEquals(at("2026-12-01T02:30:00Z"), Digest.DAILY.release(at("2026-11-30T20:00:00Z"), KOLKATA));
        // across the spring switch in Berlin: 08:00 CET on the 27th is 07:00Z, 08:00 CEST on the 28th is 06:00Z
        assertEquals(at("2027-03-28T06:00:00Z"), Digest.DAILY.release(at("2027-03-27T07:01:00Z"), BERLIN));
        // São Paulo in 2018 still had DST, starting 4 November at 00:00 (a gap 00:00–01:00): 08:00 -02:00 is 10:00Z
        assertEquals(at("2018-11-04T10:00:00Z"), Digest.DAILY.release(at("2018-11-03T12:00:00Z"), SAO_PAULO));
        assertEquals(Instant.EPOCH, Digest.INSTANT.release(Instant.EPOCH, KOLKATA));
    }

    @Test
    void weeklyDigestIsTheNextMondayAtEight() {
        // Wednesday 2 December 2026 → Monday 7 December 08:00 in Kolkata = 02:30Z
        assertEquals(at("2026-12-07T02:30:00Z"), Digest.WEEKLY.release(at("2026-12-02T10:00:00Z"), KOLKATA));
        // Monday before eight: the same morning; Monday after eight: a week later
        assertEquals(at("2026-12-07T02:30:00Z"), Digest.WEEKLY.release(at("2026-12-07T01:00:00Z"), KOLKATA));
        assertEquals(at("2026-12-14T02:30:00Z"), Digest.WEEKLY.release(at("2026-12-07T02:31:00Z"), KOLKATA));
        // Saturday 27 March 2027 (CET) in Berlin → Monday 29 March 08:00 CEST = 06:00Z
        assertEquals(at("2027-03-29T06:00:00Z"), Digest.WEEKLY.release(at("2027-03-27T12:00:00Z"), BERLIN));
    }

    @Test
    void theRuleAppliesTheDigestThenTheQuietHoursAndLetsUrgentOnesPass() {
        // a digest at 08:00 inside quiet hours until 09:00 waits until 09:00
        ReleaseRule rule = new ReleaseRule(BERLIN, Digest.DAILY, new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0)));
        Instant due = at("2026-12-01T22:00:00Z"); // 23:00 CET
        assertEquals(at("2026-12-02T08:00:00Z"), rule.releaseAt(Category.OUTREACH, due, false));
        assertEquals(due, rule.releaseAt(Category.REMINDERS, due, true));
        // reminders skip the digest but not the quiet hours
        assertEquals(at("2026-12-02T08:00:00Z"), rule.releaseAt(Category.REMINDERS, due, false));
        Instant afternoon = at("2026-12-01T14:00:00Z"); // 15:00 CET
        assertEquals(afternoon, rule.releaseAt(Category.REMINDERS, afternoon, false));
        assertEquals(at("2026-12-02T08:00:00Z"), rule.releaseAt(Category.BADGES, afternoon, false));
        assertEquals(afternoon, ReleaseRule.AT_ONCE.releaseAt(Category.BADGES, afternoon, false));
    }
}
