package org.letsconnect.registry.participant;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** A participant's own profile: registration, updates and erasure. */
@Path("/api/v1/me")
@Tag(name = "Participants")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final ParticipantService participants;
    private final SecurityIdentity identity;
    private final UriInfo uriInfo;

    public MeResource(ParticipantService participants, SecurityIdentity identity, UriInfo uriInfo) {
        this.participants = participants;
        this.identity = identity;
        this.uriInfo = uriInfo;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Your own profile, with your private contact data")
    @APIResponse(responseCode = "200", description = "Your profile", content = @Content(examples = @ExampleObject(name = "profile", value = ParticipantExamples.PROFILE)))
    @APIResponse(responseCode = "404", description = "You have not registered yet: PUT /api/v1/me")
    public Uni<ParticipantView> me() {
        return participants.findBySubject(caller().subject())
                .onItem().ifNull().failWith(MeResource::notRegistered)
                .map(participant -> ParticipantView.of(participant, true));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Register (first call) or update your profile", description = "Your Wikimedia username and central user id come from your sign-in and cannot be set here.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "registration", value = ParticipantExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "200", description = "Updated (or unchanged)")
    @APIResponse(responseCode = "400", description = "Fields at fault, named in the problem's errors")
    public Uni<Response> save(@Valid @NotNull ProfileRequest request) {
        return participants.save(caller(), request).map(saved -> {
            ParticipantView view = ParticipantView.of(saved.participant(), true);
            if (saved.created()) {
                URI location = uriInfo.getBaseUriBuilder().path("api/v1/participants").path(view.id()).build();
                return Response.created(location).entity(view).build();
            }
            return Response.ok(view).build();
        });
    }

    @DELETE
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Erase your profile and contact data", description = "Other services and partners are told to forget you (an erasure event and tombstones).")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "There was no profile to erase")
    public Uni<Response> erase() {
        return participants.erase(caller()).map(erased -> {
            if (!erased) {
                throw notRegistered();
            }
            return Response.noContent().build();
        });
    }

    private Caller caller() {
        return Caller.of(identity);
    }

    private static ProblemException notRegistered() {
        return ProblemException.notFound("registry-profile-not-registered");
    }
}
