package org.letsconnect.registry.role;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Admins grant and revoke the programme roles. A person is named by their Wikimedia central user id (the
 * {@code subject} of their profile), a partner platform by its client id. Bootstrap admins come from
 * {@code letsconnect.security.bootstrap-admins} and need no grant.
 */
@Path("/api/v1/roles")
@Tag(name = "Roles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RoleResource {

    private static final String SUBJECT = "^[A-Za-z0-9:._-]{1,64}$";

    private final RoleService roles;
    private final SecurityIdentity identity;

    public RoleResource(RoleService roles, SecurityIdentity identity) {
        this.roles = roles;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Everyone holding a programme role")
    @APIResponse(responseCode = "200", description = "Role holders")
    @APIResponse(responseCode = "403", description = "Only admins manage roles")
    public Uni<List<RoleHolder>> holders() {
        return roles.holders();
    }

    @GET
    @Path("{subject}")
    @Operation(summary = "The programme roles of one person or partner platform")
    public Uni<RoleHolder> holder(@PathParam("subject") @Pattern(regexp = SUBJECT) String subject) {
        return roles.holder(subject);
    }

    @PUT
    @Path("{subject}/{role}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a role (organizer, admin or partner)", description = "Granting a role someone already holds changes nothing and announces nothing.")
    @APIResponse(responseCode = "200", description = "The holder's roles after the grant")
    @APIResponse(responseCode = "400", description = "Not a role that can be granted")
    public Uni<RoleHolder> grant(@PathParam("subject") @Pattern(regexp = SUBJECT) String subject,
            @PathParam("role") String role, @Valid GrantRequest request) {
        checkGrantable(role);
        return roles.grant(Caller.of(identity), subject, request == null ? null : request.username(), role);
    }

    @DELETE
    @Path("{subject}/{role}")
    @Operation(summary = "Revoke a role")
    @APIResponse(responseCode = "200", description = "The holder's roles after the revocation")
    public Uni<RoleHolder> revoke(@PathParam("subject") @Pattern(regexp = SUBJECT) String subject,
            @PathParam("role") String role) {
        checkGrantable(role);
        return roles.revoke(Caller.of(identity), subject, role);
    }

    private static void checkGrantable(String role) {
        if (!RoleService.isGrantable(role)) {
            throw ProblemException.invalidField("role", "platform-field-unknown-value", role);
        }
    }
}
