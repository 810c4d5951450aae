package org.letsconnect.matching.connection;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.paging.PageNumbers;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * 1:1 connections: learners request, sharers answer, both schedule, confirm and rate; organizers see what waits and
 * propose matches.
 */
@Path("/api/v1/connections")
@Tag(name = "Connections")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    private final ConnectionService connections;
    private final ConnectionOversight oversight;
    private final CurrentIdentityAssociation identities;
    private final UriInfo uriInfo;

    public ConnectionResource(ConnectionService connections, ConnectionOversight oversight,
            CurrentIdentityAssociation identities, UriInfo uriInfo) {
        this.connections = connections;
        this.oversight = oversight;
        this.identities = identities;
        this.uriInfo = uriInfo;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Request a connection", description = "With a sharer: requested, expiring unanswered after the configured time "
            + "(7 days by default). Without: open, waiting for a round or an organizer. At most 5 requests wait at once.")
    @APIResponse(responseCode = "201", description = "Requested (or open)")
    @APIResponse(responseCode = "400", description = "Unknown skill; oneself, an unknown, unavailable, paused, away or full "
            + "sharer, or one who does not share the skill; message too long")
    @APIResponse(responseCode = "409", description = "No profile yet, a duplicate, too many waiting, or recently declined")
    public Uni<Response> request(ConnectionRequest body) {
        return caller().flatMap(caller -> connections.request(caller, body))
                .map(view -> Response.created(uriInfo.getAbsolutePathBuilder().path(view.id()).build()).entity(view)
                        .build());
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "The caller's connections", description = "As learner, sharer or liaison; latest first.")
    @APIResponse(responseCode = "200", description = "One page of connections")
    @APIResponse(responseCode = "400", description = "Unknown role or state, or paging out of range")
    public Uni<ConnectionPage> mine(@Parameter(description = "learner or sharer") @QueryParam("role") String role,
            @Parameter(description = "A connection state") @QueryParam("state") String state,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        ConnectionFilter filter = ConnectionFilter.parse(role, state, page, size);
        return caller().flatMap(caller -> connections.mine(caller, filter));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "One connection", description = "For its two sides, their liaisons and organizers.")
    @APIResponse(responseCode = "200", description = "The connection, with its feedback")
    @APIResponse(responseCode = "404", description = "No such connection (or not the caller's)")
    public Uni<ConnectionView> get(@PathParam("id") UUID id) {
        return caller().flatMap(caller -> connections.get(caller, id));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Accept a request (its sharer)", description = "Needs a free place under the capacity of the sharer's "
            + "profile. Cancels the learner's other waiting requests for the skill. May pause new requests.")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "403", description = "Not the sharer it is addressed to")
    @APIResponse(responseCode = "404", description = "No such connection (or not the caller's)")
    @APIResponse(responseCode = "409", description = "Not waiting for an answer, or no free place")
    public Uni<ConnectionView> accept(@PathParam("id") UUID id, AnswerRequest body) {
        return caller().flatMap(caller -> connections.accept(caller, id, body));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Decline a request (its sharer)", description = "With a reason code; may pause new requests. The learner "
            + "is offered the next candidate.")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "400", description = "Unknown reason, or a pause in the past")
    @APIResponse(responseCode = "403", description = "Not the sharer it is addressed to")
    @APIResponse(responseCode = "409", description = "Not waiting for an answer")
    public Uni<ConnectionView> decline(@PathParam("id") UUID id, AnswerRequest body) {
        return caller().flatMap(caller -> connections.decline(caller, id, body));
    }

    @POST
    @Path("/{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Set or move the meeting time (either side)")
    @APIResponse(responseCode = "200", description = "Scheduled")
    @APIResponse(responseCode = "400", description = "No time, a time in the past, or an unknown time zone")
    @APIResponse(responseCode = "403", description = "Not one of its two sides")
    @APIResponse(responseCode = "409", description = "Not accepted or scheduled")
    public Uni<ConnectionView> schedule(@PathParam("id") UUID id, ScheduleRequest body) {
        return caller().flatMap(caller -> connections.schedule(caller, id, body));
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Confirm it took place (either side)", description = "Completes when the other side confirms too, or by "
            + "itself after the completion timeout.")
    @APIResponse(responseCode = "200", description = "Confirmed, or completed")
    @APIResponse(responseCode = "403", description = "Not one of its two sides")
    @APIResponse(responseCode = "409", description = "Not accepted or scheduled")
    public Uni<ConnectionView> complete(@PathParam("id") UUID id) {
        return caller().flatMap(caller -> connections.complete(caller, id));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Cancel (either side or an organizer)")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "400", description = "Unknown reason")
    @APIResponse(responseCode = "403", description = "A liaison who is neither a side nor an organizer")
    @APIResponse(responseCode = "409", description = "Already over")
    public Uni<ConnectionView> cancel(@PathParam("id") UUID id, CancelRequest body) {
        return caller().flatMap(caller -> connections.cancel(caller, id, body));
    }

    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Give feedback on a completed connection (each side once)")
    @APIResponse(responseCode = "200", description = "The connection with its feedback")
    @APIResponse(responseCode = "400", description = "helped or rating missing, rating out of 1–5, comment too long")
    @APIResponse(responseCode = "403", description = "Not one of its two sides")
    @APIResponse(responseCode = "409", description = "Not completed, or feedback already given")
    public Uni<ConnectionView> feedback(@PathParam("id") UUID id, FeedbackRequest body) {
        return caller().flatMap(caller -> connections.feedback(caller, id, body));
    }

    // organizers ------------------------------------------------------------------------------------------------

    @GET
    @Path("/open")
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "Requests waiting (organizers)", description = "Open requests and requests waiting for the sharer's answer, "
            + "oldest first.")
    @APIResponse(responseCode = "200", description = "One page of connections")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Uni<ConnectionPage> waiting(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageNumbers.Page paging = PageNumbers.parse(page, size, ConnectionFilter.DEFAULT_SIZE,
                ConnectionFilter.MAX_SIZE);
        return caller().flatMap(caller -> oversight.waiting(caller, paging));
    }

    @GET
    @Path("/unmatched")
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "Learners left unmatched (organizers)", description = "Whose latest request for a skill was declined, "
            + "expired or cancelled by the sharer or an organizer, or is open for longer than the configured time.")
    @APIResponse(responseCode = "200", description = "One page of learners and skills, longest waiting first")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Uni<UnmatchedPage> unmatched(@QueryParam("page") String page, @QueryParam("size") String size) {
        return oversight.unmatched(PageNumbers.parse(page, size, ConnectionFilter.DEFAULT_SIZE,
                ConnectionFilter.MAX_SIZE));
    }

    @POST
    @Path("/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "Propose a match (organizers)", description = "Turns the learner's open request for the skill into a "
            + "proposal, or proposes a new connection; the sharer answers it like a request.")
    @APIResponse(responseCode = "201", description = "Proposed")
    @APIResponse(responseCode = "400", description = "Unknown learner, sharer or skill, or a sharer who does not share it")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    @APIResponse(responseCode = "409", description = "A duplicate")
    public Uni<Response> propose(ProposalRequest body) {
        return caller().flatMap(caller -> connections.propose(caller, body))
                .map(view -> Response.created(uriInfo.getBaseUriBuilder().path("api/v1/connections").path(view.id())
                        .build()).entity(view).build());
    }

    private Uni<Caller> caller() {
        return identities.getDeferredIdentity().map(Caller::of);
    }
}
