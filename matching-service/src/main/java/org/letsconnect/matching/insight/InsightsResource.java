package org.letsconnect.matching.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.Regions;
import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.suggestion.ReasonTexts;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.i18n.LanguageFallbacks;
import org.letsconnect.platform.i18n.Messages;
import org.letsconnect.platform.paging.PageNumbers;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** Demand and supply per skill, for organizers deciding which Clinic to plan next. */
@Path("/api/v1/insights/skills")
@Tag(name = "Insights")
@Produces(MediaType.APPLICATION_JSON)
public class InsightsResource {

    private final SkillInsights insights;
    private final ReasonTexts texts;
    private final Messages messages;

    public InsightsResource(SkillInsights insights, ReasonTexts texts, Messages messages) {
        this.insights = insights;
        this.texts = texts;
        this.messages = messages;
    }

    @GET
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "Demand and supply per skill (organizers)", description = "Per skill: how many want to learn "
            + "it, how many share it and how many of those have a free place, how many requests wait; per region too. "
            + "The skills most wanted and least offered first. `region` and `language` count only the people of that "
            + "region or speaking that language (`pt` also counts `pt-br` speakers).")
    @APIResponse(responseCode = "200", description = "A page of skills, the largest shortfall first")
    @APIResponse(responseCode = "400", description = "An unknown region or language, or a wrong page or size")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Uni<Response> skills(
            @Parameter(description = "A region code, e.g. sub-saharan-africa") @QueryParam("region") String region,
            @Parameter(description = "A Wikimedia language code, e.g. pt") @QueryParam("language") String language,
            @Parameter(description = "Page, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200; default 50") @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        List<InvalidField> invalid = new ArrayList<>();
        String regionFilter = blankToNull(region);
        if (regionFilter != null && !Regions.ALL.contains(regionFilter)) {
            invalid.add(new InvalidField("region", "platform-field-unknown-value", regionFilter));
        }
        String languageFilter = blankToNull(language) == null ? null : language.trim().toLowerCase();
        if (languageFilter != null && !LanguageFallbacks.isKnown(languageFilter)) {
            invalid.add(new InvalidField("language", "platform-field-unknown-value", languageFilter));
        }
        PageNumbers.Page paging = PageNumbers.parse(invalid, page, size, 50, 200);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        String reader = messages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return insights.demand(counted(regionFilter, languageFilter)).map(all -> {
            List<SkillDemandView> items = all.stream()
                    .skip((long) paging.page() * paging.size()).limit(paging.size())
                    .map(d -> new SkillDemandView(d.skill(), texts.skillLabel(d.skill(), reader), d.wanting(),
                            d.sharing(), d.sharingWithFreePlace(), d.waitingRequests(), d.shortfall(), d.byRegion()))
                    .toList();
            return Response.ok(new SkillDemandView.Page(items, paging.page(), paging.size(), all.size(), regionFilter,
                    languageFilter))
                    .header(HttpHeaders.CONTENT_LANGUAGE, LanguageCode.bcp47(reader))
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
        });
    }

    /** The people a filter counts: of the region, speaking the language (or a variant whose chain reaches it). */
    static Predicate<Candidate> counted(String region, String language) {
        Predicate<Candidate> counted = person -> true;
        if (region != null) {
            counted = counted.and(person -> region.equals(person.region()));
        }
        if (language != null) {
            counted = counted.and(person -> person.languages().stream().map(LanguageSkill::code)
                    .anyMatch(spoken -> speaks(spoken, language)));
        }
        return counted;
    }

    /** {@code pt-br} speaks {@code pt}; everyone's chain ends in English, which alone does not make an English speaker. */
    static boolean speaks(String spoken, String language) {
        if (spoken == null) {
            return false;
        }
        String code = spoken.toLowerCase();
        return code.equals(language) || code.startsWith(language + "-")
                || (!LanguageFallbacks.DEFAULT.equals(language) && LanguageFallbacks.chain(code).contains(language));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
