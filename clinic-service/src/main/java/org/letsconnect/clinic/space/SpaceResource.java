package org.letsconnect.clinic.space;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Learning spaces: planned by organizers, prepared with their sharers, seen by everyone once published. */
@Path("/api/v1/clinics")
@Tag(name = "Learning spaces")
@Produces(MediaType.APPLICATION_JSON)
public class SpaceResource {

    private final SpaceService spaces;
    private final SecurityIdentity identity;
    private final UriInfo uriInfo;

    public SpaceResource(SpaceService spaces, SecurityIdentity identity, UriInfo uriInfo) {
        this.spaces = spaces;
        this.identity = identity;
        this.uriInfo = uriInfo;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "Plan a learning space (organizers)", description = "Starts as proposed; preparation milestones are planned back from the session date.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "clinic", value = SpaceExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(examples = @ExampleObject(name = "clinic", value = SpaceExamples.VIEW)))
    @APIResponse(responseCode = "400", description = "Fields at fault, named in the problem's errors")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Uni<Response> create(@Valid @NotNull SpaceRequest request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return spaces.create(caller(), request, acceptLanguage).map(view -> {
            URI location = uriInfo.getBaseUriBuilder().path("api/v1/clinics").path(view.id()).build();
            return Response.created(location).entity(view).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.PARTICIPANT, Roles.PARTNER })
    @Operation(summary = "List learning spaces, soonest first", description = "Participants and partners see published spaces (and the ones they prepare); organizers "
            + "see all. Filters combine with and.")
    @APIResponse(responseCode = "200", description = "One page of spaces")
    @APIResponse(responseCode = "400", description = "A filter is not valid")
    public Uni<SpacePage> list(
            @Parameter(description = "learning-clinic, connectathon, learning-circle, local-implementation") @QueryParam("format") String format,
            @Parameter(description = "A lifecycle state") @QueryParam("state") String state,
            @Parameter(description = "A skill code (Wikidata item) the space teaches") @QueryParam("skill") String skill,
            @Parameter(description = "Session or interpretation language") @QueryParam("language") String language,
            @Parameter(description = "Region focus") @QueryParam("region") String region,
            @Parameter(description = "Spaces ending on or after (date or instant)") @QueryParam("from") String from,
            @Parameter(description = "Spaces starting before (date or instant)") @QueryParam("to") String to,
            @Parameter(description = "A series id") @QueryParam("series") String series,
            @QueryParam("page") String page, @QueryParam("size") String size,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        SpaceFilter filter = SpaceFilter.parse(format, state, skill, language, region, from, to, series, page, size);
        return spaces.list(caller(), filter, acceptLanguage);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PARTICIPANT, Roles.PARTNER })
    @Operation(summary = "One learning space", description = "The meeting link only for confirmed registrants, sharers, liaisons and organizers.")
    @APIResponse(responseCode = "200", description = "The space", content = @Content(examples = @ExampleObject(name = "clinic", value = SpaceExamples.VIEW)))
    @APIResponse(responseCode = "404", description = "No such space (or not published yet)")
    public Uni<SpaceView> get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return spaces.view(caller(), id, acceptLanguage);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Change a learning space", description = "Organizers change anything but the state; the space's sharers change its content only "
            + "(titles, descriptions, skills). A new time raises the calendar sequence.")
    @APIResponse(responseCode = "200", description = "Changed (or unchanged)")
    @APIResponse(responseCode = "400", description = "Fields at fault")
    @APIResponse(responseCode = "403", description = "Neither an organizer nor, for content, one of its sharers")
    @APIResponse(responseCode = "409", description = "The time of a space that has taken place cannot change")
    public Uni<SpaceView> update(@PathParam("id") UUID id, @Valid @NotNull SpaceRequest request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return spaces.update(caller(), id, request, acceptLanguage);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "Move a space through its lifecycle (organizers)", description = "proposed → in-preparation → open-for-registration → live → completed → archived; "
            + "cancelled and rescheduled (with the new startsAt and endsAt) from any upcoming state. "
            + "The space's nextStates lists what is allowed now.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "open", value = "{\"to\": \"open-for-registration\"}"),
            @ExampleObject(name = "reschedule", value = SpaceExamples.RESCHEDULE) }))
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "400", description = "Unknown state, or a reschedule without valid times")
    @APIResponse(responseCode = "409", description = "The lifecycle does not allow that move from the current state")
    public Uni<SpaceView> transition(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return spaces.transition(caller(), id, request, acceptLanguage);
    }

    @POST
    @Path("/{id}/series")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "Plan the next sessions of a series (organizers)", description = "Connectathons repeat on the first Friday of every month, others weekly (or as `rule` "
            + "says), at the same local time in the space's zone. Dates the series already has are skipped.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "six Connectathons", value = "{\"count\": 6}")))
    @APIResponse(responseCode = "201", description = "The sessions planned (none when all existed already)")
    @APIResponse(responseCode = "400", description = "count outside 1–12 or an unknown rule")
    public Uni<Response> repeat(@PathParam("id") UUID id, @Valid @NotNull SeriesRequest request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return spaces.repeat(caller(), id, request, acceptLanguage)
                .map(planned -> Response.status(Response.Status.CREATED).entity(planned).build());
    }

    @POST
    @Path("/{id}/milestones/{code}/done")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Tick a preparation milestone off (organizers, sharers, liaisons)")
    @APIResponse(responseCode = "200", description = "The space with its milestones")
    @APIResponse(responseCode = "404", description = "No such space or milestone")
    public Uni<SpaceView> milestoneDone(@PathParam("id") UUID id, @PathParam("code") String code,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return spaces.markMilestone(caller(), id, code, true, acceptLanguage);
    }

    @DELETE
    @Path("/{id}/milestones/{code}/done")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Mark a preparation milestone as not done again")
    @APIResponse(responseCode = "200", description = "The space with its milestones")
    public Uni<SpaceView> milestoneNotDone(@PathParam("id") UUID id, @PathParam("code") String code,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return spaces.markMilestone(caller(), id, code, false, acceptLanguage);
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
