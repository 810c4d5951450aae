package org.letsconnect.clinic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The tests' clock: the system's time in UTC, moved by whatever a test asked for. Being a {@link Clock} bean, it
 * replaces platform's default clock in every test class alike (so none of them restarts the application); a test
 * that moves time puts it back when it ends.
 */
@Singleton
public class AdjustableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the time every service reads by {@code amount}, until {@link #reset()}. */
    public void advance(Duration amount) {
        offset = offset.plus(amount);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
