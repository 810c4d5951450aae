package org.letsconnect.clinic.badge;

import java.util.List;

import io.smallrye.config.ConfigMapping;

/** Which participation earns which badge. Every badge is awarded once per participant. */
@ConfigMapping(prefix = "letsconnect.clinic.badges")
public interface BadgeRules {

    /** The badge for the first session attended for at least {@link #attendanceMinutes()}. */
    String attendee();

    /** Minutes of one session that count as having attended it (for the attendee and the regular badges). */
    int attendanceMinutes();

    /** The badge for the first space shared that reached completed. */
    String sharer();

    /** Numbers of distinct spaces attended that each earn a badge {@code <regularPrefix>-<n>}. */
    List<Integer> regularThresholds();

    /** The start of the regular badges' codes: {@code regular} gives {@code regular-3}, {@code regular-10}. */
    String regularPrefix();
}
