package org.letsconnect.registry.participant;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Someone else's profile, as the directory shows it. */
@Path("/api/v1/participants/{id}")
@Tag(name = "Participants")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    private final ParticipantService participants;
    private final SecurityIdentity identity;

    public ParticipantResource(ParticipantService participants, SecurityIdentity identity) {
        this.participants = participants;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ Roles.PARTICIPANT, Roles.PARTNER })
    @Operation(summary = "A participant's profile", description = "Shown as the directory shows it (ProfileVisibility): profiles visible to members only are "
            + "not shown to partner platforms, even when the partner's token names a person; the email address only "
            + "to the participant and to organizers.")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "404", description = "No such participant, or not visible to you")
    public Uni<ParticipantView> participant(@PathParam("id") UUID id) {
        ProfileVisibility visibility = ProfileVisibility.of(Caller.of(identity));
        return participants.findById(id)
                .map(participant -> {
                    if (participant == null || !visibility.maySee(participant)) {
                        throw ProblemException.notFound(null);
                    }
                    return ParticipantView.of(participant, visibility.seesContactOf(participant));
                });
    }
}
