package org.letsconnect.matching.suggestion;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.i18n.Messages;
import org.letsconnect.platform.paging.PageNumbers;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Ranked sharers for the signed-in learner, with the reasons for each score, in the caller's language. */
@Path("/api/v1/suggestions")
@Tag(name = "Suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    private final SuggestionService suggestions;
    private final CandidateIndex index;
    private final ReasonTexts texts;
    private final Messages messages;
    private final SuggestionConfig config;
    private final SecurityIdentity identity;
    private final SkillTree tree = SkillTree.standard();

    public SuggestionResource(SuggestionService suggestions, CandidateIndex index, ReasonTexts texts, Messages messages,
            SuggestionConfig config, SecurityIdentity identity) {
        this.suggestions = suggestions;
        this.index = index;
        this.texts = texts;
        this.messages = messages;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Sharers for the caller, ranked, with the reasons for each score", description = "For one "
            + "skill (its sharers and those of related skills) or, without `skill`, over all the caller's skills to "
            + "learn, each sharer once with their best skill. Only sharers who take 1:1 connections, have a free "
            + "place, are not paused or away, speak a language the caller speaks, and have no open connection with the "
            + "caller nor declined them recently. Texts in the caller's language (Accept-Language).")
    @APIResponse(responseCode = "200", description = "The suggestions, best first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuggestionList.class), examples = @ExampleObject(name = "suggestions", value = SuggestionExamples.LIST)))
    @APIResponse(responseCode = "400", description = "`skill` is not a taxonomy code, or `limit` is not 1–50")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a participant (partner platforms read nothing personal)")
    @APIResponse(responseCode = "409", description = "The caller has no profile in the skills directory yet")
    public Uni<Response> suggest(
            @Parameter(description = "A taxonomy code (Wikidata item id), e.g. Q2013; default: all the caller's skills to learn") @QueryParam("skill") String skill,
            @Parameter(description = "How many, 1–50; default 10") @QueryParam("limit") String limit,
            @Context HttpHeaders headers) {
        Caller caller = Caller.of(identity);
        if (caller.hasRole(Roles.PARTNER)) {
            throw ProblemException.forbidden("matching-error-partner-suggestions");
        }
        String wanted = skill == null || skill.isBlank() ? null : skill.trim();
        if (wanted != null && !tree.contains(wanted)) {
            throw ProblemException.invalidField("skill", "matching-field-unknown-skill", wanted);
        }
        int count = PageNumbers.number("limit", limit, config.defaultLimit(), 1, config.maxLimit());
        Candidate learner = index.bySubject(caller.subject())
                .orElseThrow(() -> ProblemException.conflict("profile-required", "matching-error-profile-required"));
        String language = messages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return suggestions.suggest(learner, wanted, count)
                .map(found -> Response.ok(new SuggestionList(wanted, language, views(found, language)))
                        .header(HttpHeaders.CONTENT_LANGUAGE, LanguageCode.bcp47(language))
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                        .build());
    }

    private List<SuggestionView> views(List<Suggestion> found, String language) {
        return found.stream().map(suggestion -> {
            Candidate sharer = suggestion.sharer();
            return new SuggestionView(sharer.participantId(), sharer.username(), sharer.displayName(),
                    sharer.region(),
                    sharer.languages().stream().map(spoken -> new SuggestionView.LanguageView(spoken.code(),
                            spoken.level(), texts.languageName(spoken.code(), language))).toList(),
                    new SuggestionView.SkillView(suggestion.skill(), texts.skillLabel(suggestion.skill(), language), null),
                    new SuggestionView.SkillView(suggestion.sharedSkill(),
                            texts.skillLabel(suggestion.sharedSkill(), language), suggestion.relation().code()),
                    suggestion.score(),
                    suggestion.reasons().stream().map(reason -> new SuggestionView.ReasonView(reason.code(),
                            reason.params(), reason.points(), texts.text(reason, language))).toList());
        }).toList();
    }
}
