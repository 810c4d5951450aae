package org.letsconnect.clinic.attendance;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of an uploaded Zoom participant report, and how it is held against its session. */
@ConfigMapping(prefix = "letsconnect.clinic.attendance")
public interface AttendanceConfig {

    /** The largest report accepted, in bytes (2 MB: a two-hour meeting of 300 people is about 40 kB). */
    @WithDefault("2097152")
    long maxBytes();

    /** The most joins (rows) one report may have. */
    @WithDefault("10000")
    int maxRows();

    /**
     * How far the report's meeting may lie outside the scheduled session and still be its report: a meeting opened
     * early or run late is one, a report of another day or read in a wrong time zone is not.
     */
    @WithDefault("PT1H")
    Duration sessionTolerance();

    /** How long after the scheduled length presence still counts towards retention (a session that ran over). */
    @WithDefault("PT30M")
    Duration presenceAfterEnd();

    /**
     * The programme's own Zoom accounts (e-mail addresses): rows with one of them are hosts, never attendees, besides
     * the report's host account and the space's organizer.
     */
    Optional<List<String>> programmeAccounts();
}
