package org.letsconnect.clinic.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The signed-in participant's own registrations, in every space. */
@Path("/api/v1/me/registrations")
@Tag(name = "Registrations")
@Produces(MediaType.APPLICATION_JSON)
public class MyRegistrationsResource {

    private final RegistrationService registrations;
    private final SecurityIdentity identity;

    public MyRegistrationsResource(RegistrationService registrations, SecurityIdentity identity) {
        this.registrations = registrations;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "The caller's registrations, latest first, with waitlist positions")
    @APIResponse(responseCode = "200", description = "One page of registrations")
    @APIResponse(responseCode = "400", description = "Unknown status, or paging out of range")
    public Uni<RegistrationPage> list(
            @Parameter(description = "confirmed, waitlisted or cancelled") @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return registrations.mine(Caller.of(identity), RegistrationFilter.parse(status, page, size));
    }
}
