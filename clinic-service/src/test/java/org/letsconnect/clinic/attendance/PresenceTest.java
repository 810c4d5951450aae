package org.letsconnect.clinic.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class PresenceTest {

    private static final Instant START = Instant.parse("2026-11-20T13:00:00Z");

    private static Presence.Interval at(int fromMinute, int toMinute) {
        return new Presence.Interval(START.plusSeconds(fromMinute * 60L), START.plusSeconds(toMinute * 60L));
    }

    @Test
    void reconnectsAndOverlapsCountEachMinuteOnce() {
        Presence presence = Presence.of(List.of(at(50, 70), at(0, 30), at(30, 40), at(60, 65), at(100, 120)));
        assertEquals(List.of(at(0, 40), at(50, 70), at(100, 120)), presence.intervals());
        assertEquals(80, presence.minutes());
        assertEquals(5, presence.joins());
        assertEquals(START, presence.firstJoinedAt());
        assertEquals(START.plusSeconds(120 * 60), presence.lastLeftAt());
    }

    /** A two-hour session as a report frames it: started at START, presence counted until 30 minutes past its end. */
    private static final SessionFrame TWO_HOURS = new SessionFrame(START, START.plusSeconds(150 * 60));

    @Test
    void stayingPast90MinutesMeansStillThereAtTheMark() {
        assertTrue(Presence.of(List.of(at(60, 120))).stayedPast90Minutes(TWO_HOURS), "a latecomer who stayed");
        assertTrue(Presence.of(List.of(at(0, 90))).stayedPast90Minutes(TWO_HOURS));
        assertFalse(Presence.of(List.of(at(-30, 89))).stayedPast90Minutes(TWO_HOURS),
                "early, but left before the mark");
    }

    @Test
    void presencePastTheFramesEndDoesNotCount() {
        assertFalse(Presence.of(List.of(at(0, 60), at(200, 260))).stayedPast90Minutes(TWO_HOURS),
                "back after the session ended");
        assertFalse(Presence.of(List.of(at(60 * 24 * 365, 60 * 24 * 365 + 120))).stayedPast90Minutes(TWO_HOURS),
                "a year later");
        assertTrue(Presence.of(List.of(at(0, 400))).stayedPast90Minutes(TWO_HOURS), "stayed on in the room");
    }

    @Test
    void roundsToTheNearestMinuteAndRoundTripsAsIsoIntervals() {
        Presence.Interval interval = new Presence.Interval(START, START.plusSeconds(89));
        assertEquals(1, Presence.of(List.of(interval)).minutes());
        assertEquals(interval, Presence.Interval.parse(interval.toString()));
        assertEquals("2026-11-20T13:00:00Z/2026-11-20T13:01:29Z", interval.toString());
    }

    @Test
    void twoIdentitiesOfOnePersonAddTheirJoins() {
        Presence phone = Presence.of(List.of(at(0, 60)));
        Presence laptop = Presence.of(List.of(at(30, 100), at(110, 115)));
        Presence both = phone.plus(laptop);
        assertEquals(List.of(at(0, 100), at(110, 115)), both.intervals());
        assertEquals(3, both.joins());
    }
}
