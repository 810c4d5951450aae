package org.letsconnect.clinic.badge;

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
import org.letsconnect.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** The badges a participant earned here, as profiles show them. */
@Path("/api/v1/badges/{participantId}")
@Tag(name = "Badges")
@Produces(MediaType.APPLICATION_JSON)
public class BadgeResource {

    private final BadgeService badges;

    public BadgeResource(BadgeService badges) {
        this.badges = badges;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "A participant's badges, oldest first (any signed-in participant)", description = "Badges are public on profiles. Partners read them on the profile (registry-service), "
            + "which knows whether the profile is public. A participant without badges has an empty list.")
    @APIResponse(responseCode = "200", description = "The badges")
    public Uni<ParticipantBadges> badges(@PathParam("participantId") UUID participantId) {
        return badges.badgesOf(participantId);
    }
}
