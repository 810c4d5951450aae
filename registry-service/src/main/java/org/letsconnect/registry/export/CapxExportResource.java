package org.letsconnect.registry.export;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.problem.Problem;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;
import org.letsconnect.registry.participant.Participant;
import org.letsconnect.registry.participant.ProfileVisibility;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Profiles in CapX's shape, for the migration of the skills directory to CapX (see {@link CapxMapper} for the
 * mapping). Which profiles and e-mail addresses a caller gets is {@link ProfileVisibility}'s rule, the directory's:
 * organizers and admins get every profile with its email; a partner platform (CapX's client) gets only profiles
 * visible in the public directory, never an email.
 */
@Path("/api/v1/exports/capx")
@Tag(name = "Import and migration")
@Produces(MediaType.APPLICATION_JSON)
public class CapxExportResource {

    static final int DEFAULT_SIZE = 500;
    static final int MAX_SIZE = 1000;

    private final CapxExportReader reader;
    private final SecurityIdentity identity;
    private final UriInfo uriInfo;

    public CapxExportResource(CapxExportReader reader, SecurityIdentity identity, UriInfo uriInfo) {
        this.reader = reader;
        this.identity = identity;
        this.uriInfo = uriInfo;
    }

    @GET
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN, Roles.PARTNER })
    @Operation(summary = "Export profiles in CapX's shape, a page at a time", description = "Profiles in participant id order, in the shape of CapX's ProfileSerializer; skills as "
            + "Wikidata item ids (CapX's Skill.skill_wikidata_item), the country as CapX's territory acronym, "
            + "languages by code with CapX's proficiency, Let's Connect's own fields under `letsconnect`. "
            + "Follow `next` (also in the Link header) until it is null. Partners get public profiles only, "
            + "without email.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CapxExportPage.class), examples = @ExampleObject(name = "page", value = ExportExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "`after` is not a cursor of this export or `size` is out of range", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only organizers, admins and partners export", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> export(
            @Parameter(description = "The `next` of the previous page; absent for the first page") @QueryParam("after") String after,
            @Parameter(description = "Profiles per page, 1 to 1000") @QueryParam("size") @DefaultValue(""
                    + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
        ProfileVisibility visibility = ProfileVisibility.of(Caller.of(identity));
        UUID cursor = cursor(after);
        return reader.page(cursor, size + 1, visibility.publicOnly()).map(participants -> {
            List<CapxProfile> profiles = new ArrayList<>();
            for (int i = 0; i < participants.size() && i < size; i++) {
                Participant participant = participants.get(i);
                profiles.add(CapxMapper.map(participant, visibility.seesContactOf(participant)));
            }
            Participant last = participants.size() > size ? participants.get(size - 1) : null;
            String next = last == null ? null : last.id.toString();
            Response.ResponseBuilder response = Response.ok(new CapxExportPage(CapxExportPage.FORMAT,
                    CapxExportPage.SKILLS, List.copyOf(profiles), next));
            if (next != null) {
                response.link(uriInfo.getRequestUriBuilder().replaceQueryParam("after", next)
                        .replaceQueryParam("size", size).build(), "next");
            }
            return response.build();
        });
    }

    private static UUID cursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(after.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("after", "platform-field-invalid");
        }
    }
}
