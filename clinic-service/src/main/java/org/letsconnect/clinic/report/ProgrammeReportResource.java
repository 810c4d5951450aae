package org.letsconnect.clinic.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** The programme over a period, for the working group's reporting. */
@Path("/api/v1/reports/programme")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeReportResource {

    private final ReportService reports;

    public ProgrammeReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "The programme over a period (organizers)", description = "Spaces held, average attendance, share of unregistered attendees, show-up rate, regions "
            + "and languages reached, share of sharers from underrepresented regions.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "A date cannot be read, or the period ends before it starts")
    public Uni<ProgrammeReport> programme(
            @Parameter(description = "First day (UTC), e.g. 2026-01-01; default a year before `to`") @QueryParam("from") String from,
            @Parameter(description = "Day after the last (UTC), exclusive; default tomorrow") @QueryParam("to") String to) {
        return reports.programme(date("from", from), date("to", to));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "clinic-field-date", value);
        }
    }
}
