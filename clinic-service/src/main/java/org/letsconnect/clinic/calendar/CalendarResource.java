package org.letsconnect.clinic.calendar;

import java.time.Duration;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.clinic.space.Space;
import org.letsconnect.clinic.space.SpaceService;
import org.letsconnect.clinic.space.SpaceTexts;
import org.letsconnect.platform.i18n.Messages;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** A space as an iCalendar file, in the reader's language; the meeting link only for those who may join. */
@Path("/api/v1/clinics/{id}/calendar.ics")
@Tag(name = "Learning spaces")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar;charset=utf-8";

    private final SpaceService spaces;
    private final Messages messages;
    private final SecurityIdentity identity;
    private final Duration reminderBefore;

    public CalendarResource(SpaceService spaces, Messages messages, SecurityIdentity identity,
            @ConfigProperty(name = "letsconnect.clinic.calendar.reminder-before") Duration reminderBefore) {
        this.spaces = spaces;
        this.messages = messages;
        this.identity = identity;
        this.reminderBefore = reminderBefore;
    }

    @GET
    @Produces(TEXT_CALENDAR)
    @RolesAllowed({ Roles.PARTICIPANT, Roles.PARTNER })
    @Operation(summary = "The space as an RFC 5545 calendar file (calendar.ics)",
            description = "A stable UID per space; SEQUENCE rises with every reschedule and the cancellation; "
                    + "STATUS:CANCELLED once cancelled. Times are in UTC, shown by calendars in the reader's zone. "
                    + "Title, description and reminder in the caller's language (Accept-Language).")
    @APIResponse(responseCode = "200", description = "The calendar")
    @APIResponse(responseCode = "404", description = "No such space (or not published yet)")
    public Uni<Response> calendar(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Caller caller = Caller.of(identity);
        return Panache.withSession(() -> spaces.require(id)
                .flatMap(space -> spaces.access(caller, space).map(access -> {
                    if (!access.maySee(space)) {
                        throw SpaceService.notFound(id);
                    }
                    return render(space, access.insider() ? space.meetingLink : null, acceptLanguage);
                })));
    }

    private Response render(Space space, String meetingLink, String acceptLanguage) {
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
        return Response.ok(ics, TEXT_CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"letsconnect-" + space.id + ".ics\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .build();
    }
}
