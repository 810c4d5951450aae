package org.letsconnect.clinic.calendar;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letsconnect.clinic.space.Space;
import org.letsconnect.clinic.space.SpaceAccessPolicy;
import org.letsconnect.clinic.space.SpaceTexts;
import org.letsconnect.platform.i18n.Messages;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.work.OffEventLoop;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** A space as an iCalendar file, in the reader's language; the meeting link only for those who may join. */
@ApplicationScoped
public class CalendarService {

    /** The calendar file and the language its texts are in. */
    public record SpaceCalendarFile(UUID spaceId, String ics, String language) {
    }

    private final SpaceAccessPolicy spaces;
    private final Messages messages;
    private final Duration reminderBefore;

    public CalendarService(SpaceAccessPolicy spaces, Messages messages,
            @ConfigProperty(name = "letsconnect.clinic.calendar.reminder-before") Duration reminderBefore) {
        this.spaces = spaces;
        this.messages = messages;
        this.reminderBefore = reminderBefore;
    }

    /** The space's calendar; a space the caller may not see yet is not found. */
    @WithSession
    public Uni<SpaceCalendarFile> calendar(Caller caller, UUID id, String acceptLanguage) {
        return spaces.visible(caller, id).flatMap(found -> {
            Space space = found.space();
            String meetingLink = found.access().insider() ? space.meetingLink : null;
            // writing the calendar is CPU work: off the event loop
            return OffEventLoop.compute(() -> render(space, meetingLink, acceptLanguage));
        });
    }

    private SpaceCalendarFile render(Space space, String meetingLink, String acceptLanguage) {
        String language = messages.negotiate(acceptLanguage);
        String title = space.titles.get(SpaceTexts.pick(space.titles, acceptLanguage, space.sessionLanguage));
        String descriptionLanguage = SpaceTexts.pick(space.descriptions, acceptLanguage, space.sessionLanguage);
        String description = descriptionLanguage == null ? "" : space.descriptions.get(descriptionLanguage);
        String location = meetingLink != null ? meetingLink : messages.get(language, "clinic-calendar-location-online");
        if (meetingLink != null) {
            description = messages.get(language, "clinic-calendar-description-with-link", description, meetingLink);
        }
        SpaceCalendar.Texts texts = new SpaceCalendar.Texts(title, description, location,
                messages.get(language, "clinic-calendar-reminder", title));
        String ics = SpaceCalendar.render(space.id.toString(), space.state, space.sequence, space.startsAt,
                space.endsAt, space.createdAt, space.updatedAt, meetingLink, texts, reminderBefore);
        return new SpaceCalendarFile(space.id, ics, language);
    }
}
