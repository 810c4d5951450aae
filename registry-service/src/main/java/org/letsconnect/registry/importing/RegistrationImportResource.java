package org.letsconnect.registry.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.letsconnect.platform.csv.CsvUpload;
import org.letsconnect.platform.i18n.LanguageCode;
import org.letsconnect.platform.i18n.Messages;
import org.letsconnect.platform.problem.Problem;
import org.letsconnect.platform.security.Roles;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/** Organizers bring the registrations of the old Google Form into the directory. */
@Path("/api/v1/imports/registrations")
@Tag(name = "Import and migration", description = "Bringing the old registration form's answers in; "
        + "exporting profiles for the migration to CapX.")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationImportResource {

    static final String TEXT_CSV = "text/csv";

    private final RegistrationImporter importer;
    private final Messages messages;
    private final ImportConfig config;
    private final Vertx vertx;

    public RegistrationImportResource(RegistrationImporter importer, Messages messages, ImportConfig config,
            Vertx vertx) {
        this.importer = importer;
        this.messages = messages;
        this.config = config;
        this.vertx = vertx;
    }

    @POST
    @Consumes({ TEXT_CSV, "application/csv" })
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "Import the old registration form's answers (CSV export of the Google Form)", description = "The CSV as Google Forms downloads it (UTF-8, a byte order mark is fine), at most 5 MB and "
            + "10,000 answers, with the columns listed in the service README. Every username is looked up on "
            + "Meta-Wiki; each answer becomes that person's profile (visible to members only, email kept "
            + "private), the latest answer winning when a person answered twice. Nothing is half-imported: "
            + "a file that cannot be read is refused whole (400) and Meta-Wiki being unreachable refuses it "
            + "whole (503); the good answers are saved in one transaction. Sending the same file again changes "
            + "nothing. Profiles their owners have since edited or erased are left alone.")
    @RequestBody(content = @Content(mediaType = TEXT_CSV, examples = @ExampleObject(name = "form export", value = ImportExamples.CSV)))
    @APIResponse(responseCode = "200", description = "What was created, updated, unchanged and skipped, and why", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class), examples = @ExampleObject(name = "report", value = ImportExamples.REPORT)))
    @APIResponse(responseCode = "400", description = "The file cannot be imported: empty, too large, not UTF-8, "
            + "not CSV, missing columns, too many answers (the problem names the field `file`)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only organizers and admins import", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Meta-Wiki could not be asked; nothing was imported", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> importCsv(byte[] file,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return run(file, acceptLanguage);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "Import the old registration form's answers, uploaded as a form's file field", description = "The same import as with `Content-Type: text/csv`, for a browser form: the CSV in the "
            + "part named `file`.")
    @APIResponse(responseCode = "200", description = "What was created, updated, unchanged and skipped, and why", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "No `file` part, or the file cannot be imported", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> importUpload(@RestForm("file") FileUpload file,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return CsvUpload.read(file, "file", config.maxBytes(), FormFile.HINTS, vertx)
                .flatMap(bytes -> run(bytes, acceptLanguage));
    }

    private Uni<Response> run(byte[] file, String acceptLanguage) {
        String language = messages.negotiate(acceptLanguage);
        return importer.plan(file).flatMap(run -> importer.save(run, language)).map(report -> Response.ok(report)
                .header(HttpHeaders.CONTENT_LANGUAGE, LanguageCode.bcp47(language))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build());
    }
}
