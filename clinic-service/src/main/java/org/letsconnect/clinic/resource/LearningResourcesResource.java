package org.letsconnect.clinic.resource;

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

/** Recordings, slides and summaries of a session, per language. */
@Path("/api/v1/clinics/{id}/resources")
@Tag(name = "Resources")
@Produces(MediaType.APPLICATION_JSON)
public class LearningResourcesResource {

    private final LearningResourceService resources;
    private final SecurityIdentity identity;
    private final UriInfo uriInfo;

    public LearningResourcesResource(LearningResourceService resources, SecurityIdentity identity, UriInfo uriInfo) {
        this.resources = resources;
        this.identity = identity;
        this.uriInfo = uriInfo;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Attach a resource to a session (organizers and the space's sharers)", description = "Once the space has taken place. The same link in the same language is attached once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "recording", value = """
            {"kind": "recording", "language": "fr", "url": "https://commons.wikimedia.org/wiki/File:Clinic.webm",
             "title": "Enregistrement avec interprétation"}""")))
    @APIResponse(responseCode = "201", description = "Attached and announced")
    @APIResponse(responseCode = "400", description = "Fields at fault (kind, language, an https link)")
    @APIResponse(responseCode = "403", description = "Neither an organizer nor one of the space's sharers")
    @APIResponse(responseCode = "404", description = "No such space (or not published)")
    @APIResponse(responseCode = "409", description = "The space has not taken place yet, or the link is there already in that language")
    public Uni<Response> add(@PathParam("id") UUID id, @Valid @NotNull LearningResourceRequest request) {
        return resources.add(Caller.of(identity), id, request).map(view -> {
            URI location = uriInfo.getBaseUriBuilder().path("api/v1/clinics").path(id.toString()).path("resources")
                    .path(view.id()).build();
            return Response.created(location).entity(view).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.PARTICIPANT, Roles.PARTNER })
    @Operation(summary = "A session's resources, your languages first", description = "Ordered by your Accept-Language with its fallbacks (pt-br, then pt), then English, then "
            + "the other languages; within a language recordings, slides, summaries, others.")
    @APIResponse(responseCode = "200", description = "The resources")
    @APIResponse(responseCode = "400", description = "language is not a Wikimedia language code")
    @APIResponse(responseCode = "404", description = "No such space (or not published)")
    public Uni<LearningResourceList> list(@PathParam("id") UUID id,
            @Parameter(description = "Only resources in this language") @QueryParam("language") String language,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return resources.list(Caller.of(identity), id, language, acceptLanguage);
    }

    @DELETE
    @Path("/{resourceId}")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Remove a resource (organizers; a sharer removes what they added)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not an organizer, and not the sharer who added it")
    @APIResponse(responseCode = "404", description = "No such space or resource")
    public Uni<Response> remove(@PathParam("id") UUID id, @PathParam("resourceId") UUID resourceId) {
        return resources.remove(Caller.of(identity), id, resourceId).map(ignored -> Response.noContent().build());
    }
}
