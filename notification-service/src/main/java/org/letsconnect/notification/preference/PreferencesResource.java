package org.letsconnect.notification.preference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.problem.Problem;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The signed-in participant's notification preferences: categories × channels, digest, quiet hours. */
@Path("/api/v1/me/preferences")
@Tag(name = "Preferences")
@Produces(MediaType.APPLICATION_JSON)
public class PreferencesResource {

    private final PreferenceService preferences;
    private final SecurityIdentity identity;

    public PreferencesResource(PreferenceService preferences, SecurityIdentity identity) {
        this.preferences = preferences;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Your notification preferences as they are in force", description = "Without stored preferences: e-mail and in-app on for every category, telegram and talk-page off, instant, no quiet hours.")
    @APIResponse(responseCode = "200", description = "Your preferences", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferencesView.class), examples = @ExampleObject(name = "preferences", value = PreferenceExamples.VIEW)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Your profile is not known here yet (it arrives from the registry shortly after you register)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PreferencesView> get() {
        return preferences.mine(Caller.of(identity).subject());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Replace your notification preferences", description = "The whole document: a category or channel left out gets its default. Turning a channel on that was turned off after a delivery failure turns it on again. Quiet hours delay notifications (never drop them); cancellations and 1-hour reminders pass through.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferencesRequest.class), examples = @ExampleObject(name = "preferences", value = PreferenceExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "Stored; the preferences now in force", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferencesView.class), examples = @ExampleObject(name = "preferences", value = PreferenceExamples.VIEW)))
    @APIResponse(responseCode = "400", description = "Each field at fault (unknown category or channel, digest, zone, quiet hours), in your language", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = PreferenceExamples.INVALID)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Your profile is not known here yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PreferencesView> put(@NotNull PreferencesRequest request) {
        return preferences.replace(Caller.of(identity).subject(), request);
    }
}
