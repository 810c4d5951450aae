package org.letsconnect.matching.connection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.paging.PageNumbers;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/** Sharers' load and availability: organizers see who is overloaded, a sharer pauses or reopens new requests. */
@Path("/api/v1")
@Tag(name = "Connections")
@Produces(MediaType.APPLICATION_JSON)
public class SharerResource {

    private final ConnectionOversight oversight;
    private final SharerAvailability availability;
    private final CurrentIdentityAssociation identities;

    public SharerResource(ConnectionOversight oversight, SharerAvailability availability,
            CurrentIdentityAssociation identities) {
        this.oversight = oversight;
        this.availability = availability;
        this.identities = identities;
    }

    @GET
    @Path("/sharers/overloaded")
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "Overloaded sharers (organizers)", description = "Whose accepted and scheduled connections fill their "
            + "capacity, or with many requests waiting for their answer; the most loaded first.")
    @APIResponse(responseCode = "200", description = "One page of sharers")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Uni<SharerLoadPage> overloaded(@QueryParam("page") String page, @QueryParam("size") String size) {
        return oversight.overloaded(PageNumbers.parse(page, size, ConnectionFilter.DEFAULT_SIZE,
                ConnectionFilter.MAX_SIZE));
    }

    @GET
    @Path("/me/availability")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "The caller's availability for new requests")
    @APIResponse(responseCode = "200", description = "Paused until, away since (null when not)")
    @APIResponse(responseCode = "409", description = "No profile yet")
    public Uni<AvailabilityView> availability() {
        return identities.getDeferredIdentity().map(Caller::of).flatMap(availability::get);
    }

    @POST
    @Path("/me/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Pause new requests, or reopen", description = "With pauseUntil: no new requests until then. Without: "
            + "open again now, which also ends being away after unanswered requests.")
    @APIResponse(responseCode = "200", description = "The availability now")
    @APIResponse(responseCode = "400", description = "A pause in the past")
    @APIResponse(responseCode = "409", description = "No profile yet")
    public Uni<AvailabilityView> setAvailability(AvailabilityRequest body) {
        return identities.getDeferredIdentity().map(Caller::of)
                .flatMap(caller -> availability.set(caller, body));
    }
}
