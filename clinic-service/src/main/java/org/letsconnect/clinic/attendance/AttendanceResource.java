package org.letsconnect.clinic.attendance;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.letsconnect.platform.csv.CsvUpload;
import org.letsconnect.platform.problem.Problem;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/** Organizers upload a session's Zoom participant report and confirm who the attendees are. */
@Path("/api/v1/clinics/{id}/attendance")
@Tag(name = "Attendance", description = "Zoom participant reports: minutes attended, reconciled to registrants and "
        + "the directory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
public class AttendanceResource {

    static final String TEXT_CSV = "text/csv";

    private final AttendanceService attendance;
    private final AttendanceConfig config;
    private final SecurityIdentity identity;
    private final Vertx vertx;

    public AttendanceResource(AttendanceService attendance, AttendanceConfig config, SecurityIdentity identity,
            Vertx vertx) {
        this.attendance = attendance;
        this.config = config;
        this.identity = identity;
        this.vertx = vertx;
    }

    @POST
    @Consumes({ TEXT_CSV, "application/csv" })
    @Operation(summary = "Upload the Zoom participant report", description = "The report as Zoom exports it (Reports → Usage → Participants → Export; with or without "
            + "the meeting summary block): UTF-8 CSV, at most 2 MB and 10,000 rows, with the columns "
            + "`Name (Original Name)`, `User Email`, `Join Time` and `Leave Time` (`Guest` and any other "
            + "columns optional). Each person's joins are merged; each attendee is reconciled to a registrant "
            + "or directory participant by a remembered alias, then email, then name. Nothing is "
            + "half-imported: a file that cannot be read is refused whole (400). The upload replaces the "
            + "space's previous report; uploading the same report again changes nothing. Only once the "
            + "session has taken place: the space is live, completed or archived.")
    @RequestBody(content = @Content(mediaType = TEXT_CSV, examples = @ExampleObject(name = "participant report", value = AttendanceExamples.CSV)))
    @APIResponse(responseCode = "200", description = "The reconciliation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceReconciliation.class), examples = @ExampleObject(name = "reconciliation", value = AttendanceExamples.RECONCILIATION)))
    @APIResponse(responseCode = "400", description = "The file cannot be read: empty, too large, not UTF-8, not CSV, "
            + "missing columns, too many rows, a time it cannot read (the problem names the field `file`, and the "
            + "line and column); an unknown `timeZone`; or the report's meeting (its summary's start and end, else "
            + "its joins) does not overlap the scheduled session within the tolerance (field `file`, saying which "
            + "times disagree; field `timeZone` when the times fit read in the space's zone or UTC)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only organizers and admins upload attendance", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such space", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session has not taken place: the space is not live, "
            + "completed or archived", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AttendanceReconciliation> upload(@PathParam("id") UUID id,
            @Parameter(description = "The time zone of the Zoom account that exported the report (IANA, e.g. "
                    + "Africa/Lagos), in which its times are written; the space's zone when left out", example = "Africa/Lagos") @QueryParam("timeZone") String timeZone,
            byte[] report) {
        return attendance.upload(id, report, timeZone, Caller.of(identity));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload the Zoom participant report, as a form's file field", description = "The same upload as with `Content-Type: text/csv`, for a browser form: the report in the part "
            + "named `file`.")
    @APIResponse(responseCode = "200", description = "The reconciliation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceReconciliation.class)))
    @APIResponse(responseCode = "400", description = "No `file` part, or the file cannot be read", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AttendanceReconciliation> uploadForm(@PathParam("id") UUID id,
            @Parameter(description = "The time zone of the Zoom account that exported the report (IANA); the space's "
                    + "zone when left out", example = "Africa/Lagos") @QueryParam("timeZone") String timeZone,
            @RestForm("file") FileUpload file) {
        return CsvUpload.read(file, "file", config.maxBytes(), ZoomReport.HINTS, vertx)
                .flatMap(bytes -> attendance.upload(id, bytes, timeZone, Caller.of(identity)));
    }

    @GET
    @Operation(summary = "The space's attendance, reconciled", description = "As the last uploaded report and the organizers' confirmations since left it: attendees "
            + "needing a confirmation first. Empty before any upload.")
    @APIResponse(responseCode = "200", description = "The reconciliation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceReconciliation.class), examples = @ExampleObject(name = "reconciliation", value = AttendanceExamples.RECONCILIATION)))
    @APIResponse(responseCode = "403", description = "Only organizers and admins read attendance", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such space", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AttendanceReconciliation> reconciliation(@PathParam("id") UUID id) {
        return attendance.reconciliation(id);
    }

    @POST
    @Path("confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm who an attendee is", description = "Links an ambiguous or unmatched attendee (or corrects a match) to a directory participant "
            + "or to a registration of the space. The attendee's Zoom names and email are remembered, so "
            + "they match by themselves in later reports: an e-mail anywhere, a name where the person is a "
            + "registrant of the space or no one else known is alike to it (elsewhere the person is offered as the "
            + "first candidate).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConfirmationRequest.class), examples = @ExampleObject(name = "confirmation", value = AttendanceExamples.CONFIRMATION)))
    @APIResponse(responseCode = "200", description = "The reconciliation after the confirmation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceReconciliation.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of participantId and registrationId; an unknown "
            + "participant; a registration of another space", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such space or attendee", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AttendanceReconciliation> confirm(@PathParam("id") UUID id,
            @Valid @NotNull ConfirmationRequest request) {
        return attendance.confirm(id, request, Caller.of(identity));
    }

    @DELETE
    @Path("confirmations/{attendeeId}")
    @Operation(summary = "Undo the confirmation of an attendee", description = "Forgets the aliases that link this "
            + "attendee's Zoom names and e-mail to the person they were confirmed as, and reconciles the space's "
            + "attendance again: the attendee is matched as the report alone allows, or offered for confirmation. "
            + "Later reports of any space no longer match by those aliases.")
    @APIResponse(responseCode = "200", description = "The reconciliation after the undo", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceReconciliation.class)))
    @APIResponse(responseCode = "403", description = "Only organizers and admins undo confirmations", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such space or attendee", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No confirmation of this attendee is remembered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AttendanceReconciliation> undoConfirmation(@PathParam("id") UUID id,
            @PathParam("attendeeId") UUID attendeeId) {
        return attendance.undoConfirmation(id, attendeeId, Caller.of(identity));
    }
}
