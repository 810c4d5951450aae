package org.letsconnect.clinic.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * When one person was in the meeting: their joins merged into disjoint intervals, so that reconnecting (Zoom writes
 * a row per join) and being in twice at once (phone and laptop) count each minute once.
 *
 * @param intervals disjoint, in time order; overlapping and touching joins merged
 * @param joins how many times the person joined
 */
record Presence(List<Interval> intervals, int joins) {

    /** Present from {@code start} to {@code end}. */
    record Interval(Instant start, Instant end) {

        /** ISO 8601 interval notation ({@code start/end}), as stored. */
        @Override
        public String toString() {
            return start + "/" + end;
        }

        static Interval parse(String text) {
            int slash = text.indexOf('/');
            return new Interval(Instant.parse(text.substring(0, slash)), Instant.parse(text.substring(slash + 1)));
        }
    }

    /** Staying this long after the session's actual start counts as staying the session (reports' retention). */
    static final Duration RETENTION_MARK = Duration.ofMinutes(90);

    static Presence of(Collection<Interval> joins) {
        List<Interval> sorted = new ArrayList<>(joins);
        sorted.sort(Comparator.comparing(Interval::start).thenComparing(Interval::end));
        List<Interval> merged = new ArrayList<>();
        for (Interval interval : sorted) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !interval.start().isAfter(last.end())) {
                if (interval.end().isAfter(last.end())) {
                    merged.set(merged.size() - 1, new Interval(last.start(), interval.end()));
                }
            } else {
                merged.add(interval);
            }
        }
        return new Presence(List.copyOf(merged), joins.size());
    }

    /** Both people's joins, as if one person (two Zoom identities found to be the same person). */
    Presence plus(Presence other) {
        List<Interval> all = new ArrayList<>(intervals);
        all.addAll(other.intervals);
        Presence merged = of(all);
        return new Presence(merged.intervals, joins + other.joins);
    }

    /** Minutes present, to the nearest minute: the length of the union of the joins. */
    int minutes() {
        long seconds = intervals.stream().mapToLong(i -> Duration.between(i.start(), i.end()).toSeconds()).sum();
        return (int) ((seconds + 30) / 60);
    }

    Instant firstJoinedAt() {
        return intervals.get(0).start();
    }

    Instant lastLeftAt() {
        return intervals.get(intervals.size() - 1).end();
    }

    /**
     * Whether the person was still there 90 minutes after the session's actual start — present at the mark or later,
     * before the frame's end (presence that begins after it does not count). This is the event contract's definition and the
     * retention the programme reports: who saw the end of a two-hour session. Total minutes ≥ 90 would instead drop a
     * latecomer who stayed to the end, and one whose connection kept dropping.
     */
    boolean stayedPast90Minutes(SessionFrame session) {
        Instant mark = session.startedAt().plus(RETENTION_MARK);
        // present at some moment from the mark to the frame's end: an interval reaching the mark before the end
        return intervals.stream().anyMatch(interval -> !interval.end().isBefore(mark)
                && !interval.start().isAfter(session.countedUntil()));
    }
}
