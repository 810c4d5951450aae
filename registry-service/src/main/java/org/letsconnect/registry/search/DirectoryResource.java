package org.letsconnect.registry.search;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.i18n.AcceptLanguage;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;
import org.letsconnect.registry.participant.ProfileVisibility;
import org.letsconnect.registry.skill.SkillTaxonomy;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The skills directory: {@code GET /api/v1/participants} finds people by skill, language, region, country,
 * movement role, availability and free text, ranked as {@link DirectorySearch} explains, with facet counts.
 */
@Path("/api/v1/participants")
@Tag(name = "Participants")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    private final DirectoryQueryParser parser;
    private final DirectorySearch search;
    private final SkillTaxonomy taxonomy;
    private final SecurityIdentity identity;

    public DirectoryResource(DirectoryQueryParser parser, DirectorySearch search, SkillTaxonomy taxonomy,
            SecurityIdentity identity) {
        this.parser = parser;
        this.search = search;
        this.taxonomy = taxonomy;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ Roles.PARTICIPANT, Roles.PARTNER })
    @Operation(summary = "Search the skills directory", description = "Filters combine with AND; the values of one repeated parameter with OR (skill=A&skill=B "
            + "finds people with A or B, those with both first). Sorted by relevance: text similarity "
            + "(with q), then how many of the requested skills match (sharers before learners with "
            + "mode=any), then how many requested languages they speak, then the most recently updated. "
            + "Facet counts are over every match, not only the page. Partner platforms see public "
            + "profiles only; contact data is never part of a result.")
    @APIResponse(responseCode = "200", description = "A page of directory cards with the total and facet counts", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectoryPage.class), examples = @ExampleObject(name = "page", value = DirectoryExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter at fault (unknown code, size above 100 …), "
            + "named in the problem's errors")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Uni<DirectoryPage> search(
            @Parameter(description = "A skill code of the taxonomy (Wikidata item id); also finds its sub-skills. "
                    + "Repeatable, at most 10.", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("skill") List<String> skill,
            @Parameter(description = "Where the skills must be: learn, share or any (default)", schema = @Schema(enumeration = {
                    "learn", "share", "any" }, defaultValue = "any")) @QueryParam("mode") String mode,
            @Parameter(description = "A Wikimedia language code (pt-br, sr-ec …) the person speaks. Repeatable.") @QueryParam("language") List<String> language,
            @Parameter(description = "A Wikimedia region code (sub-saharan-africa …). Repeatable.") @QueryParam("region") List<String> region,
            @Parameter(description = "An ISO 3166-1 alpha-2 country code. Repeatable.") @QueryParam("country") List<String> country,
            @Parameter(description = "A movement role code (volunteer-organizer …). Repeatable.") @QueryParam("role") List<String> role,
            @Parameter(description = "true: only people open to 1:1 connections", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("available") String available,
            @Parameter(description = "Free text over display name, username and bio, in any script; case, accents "
                    + "and Arabic vowel marks do not matter. At most 200 characters.") @QueryParam("q") String q,
            @Parameter(description = "0-based page", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size,
            HttpHeaders headers) {
        ProfileVisibility visibility = ProfileVisibility.of(Caller.of(identity));
        DirectoryQuery query = parser.parse(new DirectoryQueryParser.Parameters(skill, mode, language, region,
                country, role, available, q, page, size), visibility.publicOnly());
        return search.search(query, labelLanguage(headers));
    }

    /** The language for skill labels: the caller's best (Accept-Language) among the taxonomy's, else English. */
    private String labelLanguage(HttpHeaders headers) {
        return AcceptLanguage.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), taxonomy.languages());
    }
}
