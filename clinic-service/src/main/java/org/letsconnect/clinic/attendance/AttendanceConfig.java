package org.letsconnect.clinic.attendance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of an uploaded Zoom participant report. */
@ConfigMapping(prefix = "letsconnect.clinic.attendance")
public interface AttendanceConfig {

    /** The largest report accepted, in bytes (2 MB: a two-hour meeting of 300 people is about 40 kB). */
    @WithDefault("2097152")
    long maxBytes();

    /** The most joins (rows) one report may have. */
    @WithDefault("10000")
    int maxRows();
}
