package org.letsconnect.notification.template;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * An iMIP invitation (RFC 6047) for one attendee: {@code METHOD:REQUEST} to add or update the session in their
 * calendar, {@code METHOD:CANCEL} to take it out. The UID is the one clinic-service's {@code calendar.ics} gives the
 * space, so a calendar that subscribed to that feed and accepted this invitation holds one event, and the SEQUENCE
 * is the space's, raised by every reschedule, so an update replaces the earlier invitation.
 */
public final class InvitationCalendar {

    static final String PRODUCT_ID = "-//Wikimedia Let's Connect//notification-service//EN";
    static final String UID_DOMAIN = "letsconnect.wikimedia.org";

    /** The event as one attendee gets it; texts already in the attendee's language. */
    public record Event(String spaceId, int sequence, Instant startsAt, Instant endsAt, String summary,
            String description, String meetingLink, String organizerAddress, String organizerName,
            String attendeeAddress, String attendeeName, Instant stamp) {
    }

    private InvitationCalendar() {
    }

    public static String uid(String spaceId) {
        return spaceId + "@" + UID_DOMAIN;
    }

    /** {@code METHOD:REQUEST}: the session, confirmed, for the attendee. */
    public static RenderedMessage.Invitation request(Event event) {
        return new RenderedMessage.Invitation(Method.VALUE_REQUEST, render(event, Method.VALUE_REQUEST));
    }

    /** {@code METHOD:CANCEL}: the session is off (or the attendee's place is), same UID. */
    public static RenderedMessage.Invitation cancel(Event event) {
        return new RenderedMessage.Invitation(Method.VALUE_CANCEL, render(event, Method.VALUE_CANCEL));
    }

    private static String render(Event event, String method) {
        VEvent vevent = new VEvent(event.startsAt(), event.endsAt(), event.summary());
        vevent.add(new Uid(uid(event.spaceId())));
        vevent.add(new Sequence(event.sequence()));
        vevent.replace(new DtStamp(event.stamp()));
        boolean cancel = Method.VALUE_CANCEL.equals(method);
        vevent.add(new Status(cancel ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        if (event.description() != null && !event.description().isBlank()) {
            vevent.add(new Description(event.description()));
        }
        if (event.meetingLink() != null && !cancel) {
            vevent.add(new Location(event.meetingLink()));
            vevent.add(new Url(URI.create(event.meetingLink())));
        }
        vevent.add(new Organizer(URI.create("mailto:" + event.organizerAddress()))
                .<Organizer> add(new Cn(event.organizerName())));
        Attendee attendee = new Attendee(URI.create("mailto:" + event.attendeeAddress()))
                .<Attendee> add(Role.REQ_PARTICIPANT).<Attendee> add(PartStat.NEEDS_ACTION)
                .<Attendee> add(Rsvp.FALSE);
        if (event.attendeeName() != null && !event.attendeeName().isBlank()) {
            attendee = attendee.add(new Cn(event.attendeeName()));
        }
        vevent.add(attendee);
        Calendar calendar = new Calendar().withProdId(PRODUCT_ID).withDefaults()
                .withProperty(new Method(method)).withComponent(vevent).getFluentTarget();
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("The invitation to space " + event.spaceId() + " could not be written", e);
        }
        return out.toString();
    }
}
