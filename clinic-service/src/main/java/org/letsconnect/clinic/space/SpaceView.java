package org.letsconnect.clinic.space;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A space as the caller may see it. {@code title} and {@code description} are picked for the caller's language
 * (Accept-Language, with fallbacks, else the session language); all translations are in {@code titles} and
 * {@code descriptions}. {@code meetingLink} is there only for confirmed registrants, the space's sharers and
 * liaisons, and organizers; {@code milestones} and {@code nextStates} only for those who prepare the space.
 */
public record SpaceView(String id, String format, String title, String titleLanguage, String description,
        Map<String, String> titles, Map<String, String> descriptions, List<String> skills, String sessionLanguage,
        List<String> interpretationLanguages, String regionFocus, Instant startsAt, Instant endsAt, String timeZone,
        int capacity, long confirmed, long waitlisted, long placesLeft, List<String> sharers, List<String> liaisons,
        String seriesId, String state, int sequence, String meetingLink, List<MilestoneView> milestones,
        List<String> nextStates, Instant createdAt, Instant updatedAt) {

    /** How many people hold or wait for a place. */
    public record Places(long confirmed, long waitlisted) {
        static final Places NONE = new Places(0, 0);
    }

    static SpaceView of(Space space, String acceptLanguage, Places places, boolean insider, boolean preparer,
            List<MilestoneView> milestones) {
        String titleLanguage = SpaceTexts.pick(space.titles, acceptLanguage, space.sessionLanguage);
        String descriptionLanguage = SpaceTexts.pick(space.descriptions, acceptLanguage, space.sessionLanguage);
        return new SpaceView(space.id.toString(), space.format, space.titles.get(titleLanguage), titleLanguage,
                descriptionLanguage == null ? null : space.descriptions.get(descriptionLanguage),
                space.titles, space.descriptions, space.skills, space.sessionLanguage, space.interpretationLanguages,
                space.regionFocus, space.startsAt, space.endsAt, space.timeZone, space.capacity, places.confirmed(),
                places.waitlisted(), Math.max(0, space.capacity - places.confirmed()), space.sharers, space.liaisons,
                space.seriesId == null ? null : space.seriesId.toString(), space.state, space.sequence,
                insider ? space.meetingLink : null, preparer ? milestones : null,
                preparer ? SpaceLifecycle.next(space.state) : null, space.createdAt, space.updatedAt);
    }
}
