package org.letsconnect.notification.inbox;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.paging.PageNumbers;
import org.letsconnect.platform.problem.Problem;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The signed-in participant's in-app inbox. */
@Path("/api/v1/me/notifications")
@Tag(name = "Inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 100;

    private static final String PAGE = """
            {
              "items": [{
                "id": "5f0c9a52-3d1e-4b7a-9c8e-2a1b3c4d5e6f",
                "category": "outreach",
                "template": "outreach",
                "title": "A Learning Clinic on Wikidata queries opens for registration",
                "body": "Register now: the Clinic starts on 14 December at 15:00 (Africa/Lagos).",
                "spaceId": "7d1f2c3e-8a4b-4f6c-9e2d-1a3b5c7d9e0f",
                "createdAt": "2026-12-01T09:00:00Z",
                "read": false
              }],
              "page": 0,
              "size": 20,
              "total": 1,
              "unread": 1
            }""";

    private final InboxService inbox;
    private final SecurityIdentity identity;

    public InboxResource(InboxService inbox, SecurityIdentity identity) {
        this.inbox = inbox;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Your notifications, newest first, with the unread count", description = "Titles and texts in your notification language.")
    @APIResponse(responseCode = "200", description = "One page of your inbox", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InboxPage.class), examples = @ExampleObject(name = "inbox", value = PAGE)))
    @APIResponse(responseCode = "400", description = "page or size out of range", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<InboxPage> list(
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        return inbox.page(subject(), PageNumbers.parse(page, size, DEFAULT_SIZE, MAX_SIZE));
    }

    @POST
    @Path("{id}/read")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Mark one of your notifications read")
    @APIResponse(responseCode = "204", description = "Read (also when it was read already)")
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such notification in your inbox", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> read(@PathParam("id") UUID id) {
        return inbox.markRead(subject(), id).map(done -> Response.noContent().build());
    }

    @POST
    @Path("read-all")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Mark all your notifications read")
    @APIResponse(responseCode = "200", description = "How many were unread", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "marked", value = "{\"marked\": 3}")))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Map<String, Integer>> readAll() {
        return inbox.markAllRead(subject()).map(count -> Map.of("marked", count));
    }

    private String subject() {
        return Caller.of(identity).subject();
    }
}
