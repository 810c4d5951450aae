package org.letsconnect.clinic.report;

import java.util.List;
import java.util.Map;

/**
 * How one learning space went, in numbers only (no names): registrations, who came and for how long, what they
 * thought of it, and where they came from.
 *
 * @param showUpRate confirmed registrations that attended ÷ confirmed registrations (null before any attendance)
 * @param retentionPast90Minutes attendees who stayed past 90 minutes ÷ attendees
 * @param attendeesByRegion matched attendees per registry region; {@code unknown} for those not in the directory
 * @param attendeesByExperience {@code newcomer} (their first Let's Connect space), {@code returning}, {@code unknown}
 *        (not reconciled to a directory participant)
 * @param followUps the 1:1 follow-ups attendees asked of the space's sharers afterwards (matching-service)
 */
public record SpaceReport(String spaceId, String state, Registrations registrations, Attendance attendance,
        Double showUpRate, Double retentionPast90Minutes, Feedback feedback, Map<String, Long> attendeesByRegion,
        Map<String, Long> attendeesByExperience, FollowUps followUps) {

    /**
     * @param requested follow-ups asked for
     * @param accepted of those, accepted by the sharer (still going, scheduled or completed)
     * @param completed of those, completed
     */
    public record FollowUps(long requested, long accepted, long completed) {
    }

    public record Registrations(long confirmed, long waitlisted, long cancelled, long guests) {
    }

    /**
     * @param unregistered attendees who had not registered (matched to no registration of this space)
     * @param unmatched attendees the reconciliation could not name (still counted)
     */
    public record Attendance(long attendees, long registered, long unregistered, long unmatched,
            long stayedPast90Minutes, Double averageMinutes) {
    }

    /** @param usefulness count of answers per rating, 1 to 5 */
    public record Feedback(long answers, Double averageUsefulness, Map<Integer, Long> usefulness,
            List<WantedSkill> mostWanted) {
    }

    public record WantedSkill(String skill, long answers) {
    }
}
