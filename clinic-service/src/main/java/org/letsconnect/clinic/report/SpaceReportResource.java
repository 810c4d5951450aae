package org.letsconnect.clinic.report;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** How one space went. */
@Path("/api/v1/clinics/{id}/report")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class SpaceReportResource {

    private final ReportService reports;
    private final SecurityIdentity identity;

    public SpaceReportResource(ReportService reports, SecurityIdentity identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "A space's report (organizers, and the space's sharers and liaisons)", description = "Registrations, show-up rate, retention past 90 minutes, feedback averages, attendees by "
            + "region and by newcomer / returning. Numbers only: no names.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "403", description = "Neither an organizer nor preparing this space")
    @APIResponse(responseCode = "404", description = "No such space")
    public Uni<SpaceReport> report(@PathParam("id") UUID id) {
        return reports.space(Caller.of(identity), id);
    }
}
