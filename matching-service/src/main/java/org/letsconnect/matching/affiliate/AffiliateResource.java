package org.letsconnect.matching.affiliate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.matching.connection.ConnectionService;
import org.letsconnect.matching.connection.Proposal;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * One organization learns from another: organizers find affiliates whose members share a skill, and connect a
 * liaison of the learning affiliate with one of the sharing affiliate.
 */
@Path("/api/v1")
@Tag(name = "Affiliates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
public class AffiliateResource {

    private final AffiliateDirectory affiliates;
    private final ConnectionService connections;
    private final SecurityIdentity identity;
    private final SkillTree tree = SkillTree.standard();

    @Context
    UriInfo uriInfo;

    public AffiliateResource(AffiliateDirectory affiliates, ConnectionService connections,
            SecurityIdentity identity) {
        this.affiliates = affiliates;
        this.connections = connections;
        this.identity = identity;
    }

    @GET
    @Path("/affiliates/candidates")
    @Operation(summary = "Affiliates that could teach a skill to an affiliate (organizers)", description = "Affiliates "
            + "other than `for` with members who share the skill or a related one: most members sharing it with a free "
            + "place first, then most sharing it, then by name; each with up to five members who could be its liaison. "
            + "Affiliate names are compared without case and extra spaces.")
    @APIResponse(responseCode = "200", description = "The affiliates, best first")
    @APIResponse(responseCode = "400", description = "`skill` is not a taxonomy code, or `for` is missing")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Uni<List<AffiliateCandidate>> candidates(
            @Parameter(description = "A taxonomy code, e.g. Q5596756") @QueryParam("skill") String skill,
            @Parameter(description = "The affiliate that wants to learn it") @QueryParam("for") String forAffiliate) {
        List<InvalidField> invalid = new ArrayList<>();
        checkSkill(invalid, skill);
        if (AffiliateNames.key(forAffiliate) == null) {
            invalid.add(new InvalidField("for", "platform-field-required"));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return affiliates.candidates(skill.trim(), forAffiliate);
    }

    @POST
    @Path("/affiliate-connections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Connect two affiliates about a skill (organizers)", description = "Proposes a connection "
            + "between a liaison of the learning affiliate (the learner) and one of the sharing affiliate (the sharer, "
            + "who answers it like a request and need not share the skill personally), origin `affiliate`.")
    @APIResponse(responseCode = "201", description = "Proposed")
    @APIResponse(responseCode = "400", description = "Unknown skill, a liaison who is not a member of their affiliate, "
            + "the same affiliate twice, or a sharing affiliate with no member sharing the skill")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    @APIResponse(responseCode = "409", description = "The same connection is already live")
    public Uni<Response> connect(AffiliateConnectionRequest body) {
        AffiliateConnectionRequest request = body == null
                ? new AffiliateConnectionRequest(null, null, null, null, null, null)
                : body;
        List<InvalidField> invalid = new ArrayList<>();
        checkSkill(invalid, request.skill());
        Optional<Affiliate> learning = member(invalid, "learnerAffiliate", request.learnerAffiliate(),
                "learnerLiaisonId", request.learnerLiaisonId());
        Optional<Affiliate> sharing = member(invalid, "sharerAffiliate", request.sharerAffiliate(),
                "sharerLiaisonId", request.sharerLiaisonId());
        if (learning.isPresent() && sharing.isPresent() && learning.get().key().equals(sharing.get().key())) {
            invalid.add(new InvalidField("sharerAffiliate", "matching-affiliate-same"));
        } else if (sharing.isPresent() && invalid.stream().noneMatch(field -> field.field().equals("skill"))
                && sharing.get().members().stream()
                        .noneMatch(member -> affiliates.sharesRelated(member, request.skill()))) {
            invalid.add(new InvalidField("sharerAffiliate", "matching-affiliate-no-sharer", sharing.get().name(),
                    request.skill()));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        Proposal proposal = new Proposal(null, request.learnerLiaisonId(), request.sharerLiaisonId(), request.skill(),
                new Proposal.Affiliates(learning.get().name(), sharing.get().name(), request.message()));
        return connections.proposeOne(Caller.of(identity), proposal)
                .map(view -> Response.created(uriInfo.getBaseUriBuilder().path("api/v1/connections").path(view.id())
                        .build()).entity(view).build());
    }

    private void checkSkill(List<InvalidField> invalid, String skill) {
        if (skill == null || skill.isBlank()) {
            invalid.add(new InvalidField("skill", "platform-field-required"));
        } else if (!tree.contains(skill.trim())) {
            invalid.add(new InvalidField("skill", "matching-connection-unknown-skill", skill));
        }
    }

    /** The affiliate named, if the liaison is one of its members; what is wrong otherwise. */
    private Optional<Affiliate> member(List<InvalidField> invalid, String affiliateField, String name,
            String liaisonField, UUID liaison) {
        if (AffiliateNames.key(name) == null) {
            invalid.add(new InvalidField(affiliateField, "platform-field-required"));
            return Optional.empty();
        }
        if (liaison == null) {
            invalid.add(new InvalidField(liaisonField, "platform-field-required"));
            return Optional.empty();
        }
        Optional<Affiliate> affiliate = affiliates.find(name);
        if (affiliate.isEmpty() || !affiliate.get().hasMember(liaison.toString())) {
            invalid.add(new InvalidField(liaisonField, "matching-affiliate-not-member", liaison.toString(),
                    affiliate.map(Affiliate::name).orElse(name.strip())));
            return Optional.empty();
        }
        return affiliate;
    }
}
