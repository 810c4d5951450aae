package org.letsconnect.clinic.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The programme over a period: spaces held (live, completed or archived, starting in [from, to)), attendance,
 * reach and who shares.
 *
 * @param averageAttendance attendees per held space that has an attendance report
 * @param unregisteredShare attendees who had not registered ÷ all attendees
 * @param attendeesByRegion matched attendees (distinct people) per region
 * @param sessionLanguages held spaces per language they were held or interpreted in
 * @param underrepresentedSharerShare sharers (distinct) from the configured underrepresented regions ÷ sharers
 *        whose region is known
 */
public record ProgrammeReport(LocalDate from, LocalDate to, long spacesHeld, Map<String, Long> spacesByFormat,
        long spacesCancelled, long spacesWithAttendance, long attendances, long distinctAttendees,
        Double averageAttendance, Double unregisteredShare, Double showUpRate, Map<String, Long> attendeesByRegion,
        long regionsReached, Map<String, Long> sessionLanguages, long languagesReached, long sharers,
        Double underrepresentedSharerShare, List<String> underrepresentedRegions) {
}
