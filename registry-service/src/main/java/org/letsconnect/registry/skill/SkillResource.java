package org.letsconnect.registry.skill;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.i18n.AcceptLanguage;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.problem.Problem;
import org.letsconnect.platform.problem.ProblemException;

import io.quarkus.security.Authenticated;

/**
 * The skills taxonomy for clients: the tree people pick their skills from, in their language. The answer only
 * changes with a new taxonomy version, so it is cacheable for an hour and revalidated with its ETag: a client on a
 * slow connection that sends {@code If-None-Match} gets an empty 304 instead of the tree again.
 */
@Path("/api/v1/skills")
@Tag(name = "Skills", description = "The skills taxonomy: what people can learn and share. CapX's capacity taxonomy "
        + "(seven root categories, Wikidata item ids as codes, at most three levels), with the topics of Let's Connect.")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SkillResource {

    /** Public: the answer is the same for every caller; an hour, then revalidation with the ETag. */
    static final String CACHE_CONTROL = "public, max-age=3600";

    private final SkillTaxonomy taxonomy;

    public SkillResource(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GET
    @Operation(summary = "The skills taxonomy as a tree in the caller's language", description = "The seven root categories with their narrower skills (at most three levels), labels and "
            + "descriptions in the language negotiated from `lang` or else `Accept-Language`, each text "
            + "falling back along the language's Wikimedia chain to English (`pt-BR` → `pt` → `en`). "
            + "Codes are Wikidata item ids; store them on profiles. Send the ETag back in `If-None-Match` to "
            + "get 304 while the taxonomy is unchanged.")
    @APIResponse(responseCode = "200", description = "The tree (example cut down to one branch)", headers = {
            @Header(name = "Content-Language", description = "BCP 47 tag of the answer's language", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Changes with the taxonomy version and the language", schema = @Schema(type = SchemaType.STRING)) }, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SkillTree.class), examples = @ExampleObject(name = "es", summary = "Accept-Language: es", value = SkillExamples.TREE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response tree(
            @Parameter(description = "Language of the answer (Wikimedia code or BCP 47 tag, e.g. `ar`, `pt-br`); "
                    + "overrides Accept-Language") @QueryParam("lang") String lang,
            @Parameter(in = ParameterIn.HEADER, description = "Preferred languages, e.g. `pt-BR, en;q=0.5`") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of a tree the client already has") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String language = language(lang, acceptLanguage);
        String etag = etag("skills", language);
        if (matches(ifNoneMatch, etag)) {
            return notModified(etag);
        }
        return ok(new SkillTree(taxonomy.version(), language, taxonomy.tree(language)), language, etag);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One skill with its path from the root category", description = "The skill's texts in the negotiated language (as for the tree), the path from its root "
            + "category down to it, its narrower skills, and whether its Wikidata id is still provisional.")
    @APIResponse(responseCode = "200", description = "The skill", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SkillDetail.class), examples = @ExampleObject(name = "fr", summary = "Q54871 with lang=fr", value = SkillExamples.DETAIL)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The taxonomy has no skill with this code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = SkillExamples.NOT_FOUND)))
    public Response skill(
            @Parameter(description = "The skill's code, a Wikidata item id", example = "Q54871") @PathParam("code") String code,
            @Parameter(description = "Language of the answer; overrides Accept-Language") @QueryParam("lang") String lang,
            @Parameter(in = ParameterIn.HEADER, description = "Preferred languages") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of this skill the client already has") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (!taxonomy.isKnown(code)) {
            throw ProblemException.notFound("registry-skill-not-found-detail", code);
        }
        String language = language(lang, acceptLanguage);
        String etag = etag("skill-" + code, language);
        if (matches(ifNoneMatch, etag)) {
            return notModified(etag);
        }
        return ok(taxonomy.detail(code, language).orElseThrow(), language, etag);
    }

    /** {@code lang} if given (negotiated the same way, so {@code pt-br} gives {@code pt}), else Accept-Language. */
    private String language(String lang, String acceptLanguage) {
        String requested = lang != null && !lang.isBlank() ? lang : acceptLanguage;
        return AcceptLanguage.negotiate(requested, taxonomy.languages());
    }

    /** Weak: the same tree may go out with another content encoding. */
    private String etag(String what, String language) {
        return "W/\"" + what + "-" + taxonomy.version() + "-" + language + "-" + taxonomy.fingerprint() + "\"";
    }

    /** RFC 9110 §13.1.2: weak comparison against each listed tag, or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static Response ok(Object entity, String language, String etag) {
        return Response.ok(entity)
                .header(HttpHeaders.CONTENT_LANGUAGE, LanguageCode.bcp47(language))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.ETAG, etag)
                .build();
    }

    private static Response notModified(String etag) {
        return Response.notModified()
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.ETAG, etag)
                .build();
    }
}
