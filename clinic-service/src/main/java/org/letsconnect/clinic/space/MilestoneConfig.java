package org.letsconnect.clinic.space;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** How preparation milestones are planned and announced. */
@ConfigMapping(prefix = "letsconnect.clinic.milestones")
public interface MilestoneConfig {

    /** Milestone code → days before the session's date (in the zone it was planned in) that it is due. */
    Map<String, Integer> daysBefore();

    /** The formats that are prepared with milestones (a Connectathon is not). */
    List<String> formats();

    /** How many days ahead of its due date a milestone is announced (milestone.due.v1), so reminders can go out. */
    int announceDaysAhead();

    /** How often to look for milestones to announce ({@code off} disables it; read by the scheduler). */
    String announceEvery();
}
