package org.letsconnect.clinic.calendar;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** A space as an iCalendar file, in the reader's language; the meeting link only for those who may join. */
@Path("/api/v1/clinics/{id}/calendar.ics")
@Tag(name = "Learning spaces")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar;charset=utf-8";

    private final CalendarService calendars;
    private final SecurityIdentity identity;

    public CalendarResource(CalendarService calendars, SecurityIdentity identity) {
        this.calendars = calendars;
        this.identity = identity;
    }

    @GET
    @Produces(TEXT_CALENDAR)
    @RolesAllowed({ Roles.PARTICIPANT, Roles.PARTNER })
    @Operation(summary = "The space as an RFC 5545 calendar file (calendar.ics)", description = "A stable UID per space; SEQUENCE rises with every reschedule and the cancellation; "
            + "STATUS:CANCELLED once cancelled. Times are in UTC, shown by calendars in the reader's zone. "
            + "Title, description and reminder in the caller's language (Accept-Language).")
    @APIResponse(responseCode = "200", description = "The calendar")
    @APIResponse(responseCode = "404", description = "No such space (or not published yet)")
    public Uni<Response> calendar(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return calendars.calendar(Caller.of(identity), id, acceptLanguage)
                .map(file -> Response.ok(file.ics(), TEXT_CALENDAR)
                        .header("Content-Disposition", "attachment; filename=\"letsconnect-" + file.spaceId() + ".ics\"")
                        .header(HttpHeaders.CONTENT_LANGUAGE, file.language())
                        .build());
    }
}
