package org.letsconnect.clinic.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

import org.letsconnect.clinic.space.Space;
import org.letsconnect.platform.problem.ProblemException;

/**
 * Whether a report is the report of its space's session: the meeting it shows (the summary's start and end, else the
 * first join and the last leave) must overlap the scheduled session, give or take a tolerance. Otherwise the upload is
 * refused saying which times disagree; when the report's times would fit read in another likely zone (the space's,
 * UTC), the refusal names that zone as the likely mistake.
 */
final class SessionTimes {

    private SessionTimes() {
    }

    /** Refuses the report (400 naming {@code timeZone} or {@code file}) unless its meeting overlaps the session. */
    static void requireOverlap(ZoomReport report, Space space, ZoneId readIn, Duration tolerance) {
        Instant started = report.startedAt();
        Instant ended = report.endedAt();
        if (overlaps(started, ended, space, tolerance)) {
            return;
        }
        ZoneId spaceZone = ZoneId.of(space.timeZone);
        Object[] times = { started.atZone(readIn), ended.atZone(readIn), readIn.getId(), space.startsAt.atZone(spaceZone),
                space.endsAt.atZone(spaceZone) };
        Set<ZoneId> likely = new LinkedHashSet<>();
        likely.add(spaceZone);
        likely.add(ZoneOffset.UTC);
        likely.remove(readIn);
        for (ZoneId zone : likely) {
            if (overlaps(reread(started, readIn, zone), reread(ended, readIn, zone), space, tolerance)) {
                throw ProblemException.invalidField("timeZone", "clinic-attendance-session-other-zone", times[0],
                        times[1], times[2], times[3], times[4], zone.getId());
            }
        }
        throw ProblemException.invalidField("file", "clinic-attendance-session-mismatch", times);
    }

    private static boolean overlaps(Instant started, Instant ended, Space space, Duration tolerance) {
        return started.isBefore(space.endsAt.plus(tolerance)) && ended.isAfter(space.startsAt.minus(tolerance));
    }

    /** The instant a report's local time read in {@code readIn} would be, read in {@code zone} instead. */
    private static Instant reread(Instant instant, ZoneId readIn, ZoneId zone) {
        return instant.atZone(readIn).toLocalDateTime().atZone(zone).toInstant();
    }
}
