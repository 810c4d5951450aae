package org.letsconnect.clinic.attendance;

import java.time.Duration;
import java.time.Instant;

import org.letsconnect.clinic.space.Space;

/**
 * The session as a report frames it, for retention: its actual start as the report shows it (the summary's meeting
 * start, else the first join) and the end of the presence that counts — the scheduled length after that start, plus a
 * tolerance. Both are read from the report's own times, so a report uploaded with a wrong time zone still gives the
 * same retention, and a leave hours or a year later is not "staying the session".
 */
record SessionFrame(Instant startedAt, Instant countedUntil) {

    static SessionFrame of(Instant startedAt, Space space, Duration afterEnd) {
        Duration scheduled = Duration.between(space.startsAt, space.endsAt);
        return new SessionFrame(startedAt, startedAt.plus(scheduled).plus(afterEnd));
    }
}
