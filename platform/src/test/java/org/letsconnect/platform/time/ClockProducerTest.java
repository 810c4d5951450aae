package org.letsconnect.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The default clock is the system's, in UTC (a test replaces it by declaring a Clock bean of its own). */
class ClockProducerTest {

    @Test
    void theDefaultClockIsTheSystemClockInUtc() {
        Clock clock = new ClockProducer().clock();
        assertEquals(ZoneOffset.UTC, clock.getZone());
        assertEquals(Clock.systemUTC(), clock);
    }
}
