package org.letsconnect.matching.round;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Batch matching rounds, for organizers: one optimal assignment of every open request. */
@Path("/api/v1/rounds")
@Tag(name = "Rounds")
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

    private final RoundService rounds;
    private final SecurityIdentity identity;

    public RoundResource(RoundService rounds, SecurityIdentity identity) {
        this.rounds = rounds;
        this.identity = identity;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "A committed round's figures (organizers)")
    @APIResponse(responseCode = "200", description = "When it ran, who ran it, how many requests it served")
    @APIResponse(responseCode = "404", description = "No round with this id")
    public Uni<RoundSummary> get(@PathParam("id") UUID id) {
        return rounds.summary(id);
    }

    @POST
    @Path("/preview")
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "What a round would do now (organizers)", description = "The assignment a round would make "
            + "of every open request (a learner looking for a sharer of a skill) under the sharers' free places: the "
            + "most requests served, then the highest total suggestion score, the longest waiting first among equals. "
            + "Changes nothing.")
    @APIResponse(responseCode = "200", description = "The assignments and the requests left unmatched")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Uni<RoundView> preview() {
        return rounds.preview();
    }

    @POST
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "Run a round (organizers)", description = "Makes the assignment the preview shows, as it is "
            + "now: each assigned request is proposed to its sharer (connection.proposed.v1, answered like a request), "
            + "and the round is announced (round.completed.v1). All or nothing; two rounds at once run one after the "
            + "other.")
    @APIResponse(responseCode = "201", description = "The round, with what it proposed and what is left")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Uni<Response> commit() {
        return rounds.commit(Caller.of(identity)).map(round -> Response
                .created(URI.create("/api/v1/rounds/" + round.roundId())).entity(round).build());
    }
}
