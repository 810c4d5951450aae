package org.letsconnect.clinic.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;

import org.letsconnect.contracts.clinic.SpaceStates;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * One learning space as an RFC 5545 calendar. The UID stays the same for the life of the space, so a calendar
 * that imported it updates the one event when SEQUENCE rises (every reschedule and the cancellation).
 * <p>
 * Start and end are written in UTC ({@code DTSTART:20270211T140000Z}), which every client shows in its reader's
 * own zone. Local time with a TZID would need ical4j's VTIMEZONE definitions, and ical4j 4.1.1's definition of
 * Africa/Lagos puts a 15:00 WAT session at 14:30 — for a programme whose audience is two-thirds in Africa, UTC is
 * the correct choice.
 */
public final class SpaceCalendar {

    static final String PRODUCT_ID = "-//Wikimedia Let's Connect//clinic-service//EN";
    static final String UID_DOMAIN = "letsconnect.wikimedia.org";

    /** The texts of the event, already in the reader's language. */
    public record Texts(String summary, String description, String location, String reminder) {
    }

    private SpaceCalendar() {
    }

    public static String uid(String spaceId) {
        return spaceId + "@" + UID_DOMAIN;
    }

    /**
     * @param meetingLink the link for readers allowed to see it, else null
     */
    public static String render(String spaceId, String state, int sequence, Instant startsAt, Instant endsAt,
            Instant createdAt, Instant updatedAt, String meetingLink, Texts texts, Duration reminderBefore) {
        VEvent event = new VEvent(startsAt, endsAt, texts.summary());
        event.add(new Uid(uid(spaceId)));
        event.add(new Sequence(sequence));
        event.add(new Status(status(state)));
        if (texts.description() != null && !texts.description().isBlank()) {
            event.add(new Description(texts.description()));
        }
        event.add(new Location(texts.location()));
        if (meetingLink != null) {
            event.add(new Url(java.net.URI.create(meetingLink)));
        }
        event.add(new Created(createdAt));
        event.add(new LastModified(updatedAt));
        if (!SpaceStates.CANCELLED.equals(state)) {
            VAlarm alarm = new VAlarm(reminderBefore.negated());
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description(texts.reminder()));
            event.add(alarm);
        }
        Calendar calendar = new Calendar().withProdId(PRODUCT_ID).withDefaults()
                .withProperty(new Method(Method.VALUE_PUBLISH)).withComponent(event).getFluentTarget();
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("The calendar of space " + spaceId + " could not be written", e);
        }
        return out.toString();
    }

    private static String status(String state) {
        return switch (state) {
            case SpaceStates.CANCELLED -> Status.VALUE_CANCELLED;
            case SpaceStates.PROPOSED, SpaceStates.IN_PREPARATION -> Status.VALUE_TENTATIVE;
            default -> Status.VALUE_CONFIRMED;
        };
    }
}
