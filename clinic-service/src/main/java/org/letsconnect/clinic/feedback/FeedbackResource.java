package org.letsconnect.clinic.feedback;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.paging.PageNumbers;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Feedback on a learning space: one answer per registrant once it has taken place, read by who runs it. */
@Path("/api/v1/clinics/{id}/feedback")
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    private static final int DEFAULT_SIZE = 50;
    private static final int MAX_SIZE = 200;

    private final FeedbackService feedback;
    private final SecurityIdentity identity;
    private final UriInfo uriInfo;

    public FeedbackResource(FeedbackService feedback, SecurityIdentity identity, UriInfo uriInfo) {
        this.feedback = feedback;
        this.identity = identity;
        this.uriInfo = uriInfo;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Answer how useful a session was (its registrants and attendees)", description = "Once the space has taken place (live, completed, archived); one answer per person, never "
            + "changed afterwards. With anonymous: true nobody, organizers included, can tell who answered.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "answer", value = """
            {"usefulness": 5, "wantMoreOf": "More about SPARQL queries", "wantMoreOfSkills": ["Q54837"],
             "comment": "Thank you!", "anonymous": true}""")))
    @APIResponse(responseCode = "201", description = "Taken")
    @APIResponse(responseCode = "400", description = "Fields at fault (usefulness 1 to 5, texts of at most 2000 characters, skill codes)")
    @APIResponse(responseCode = "403", description = "Neither registered for this space nor seen attending it")
    @APIResponse(responseCode = "404", description = "No such space (or not published)")
    @APIResponse(responseCode = "409", description = "The space has not taken place yet, or you have answered already")
    public Uni<Response> submit(@PathParam("id") UUID id, @Valid @NotNull FeedbackRequest request) {
        return feedback.submit(Caller.of(identity), id, request).map(receipt -> {
            URI location = uriInfo.getBaseUriBuilder().path("api/v1/clinics").path(id.toString()).path("feedback")
                    .build();
            return Response.created(location).entity(receipt).build();
        });
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "The answers about a space, with averages (organizers and the space's sharers)", description = "Statistics over every answer (count, average usefulness, a histogram of ratings, the "
            + "skills wanted most) and one page of answers: named ones first, in the order they came, with "
            + "their author's name; anonymous ones after, with neither name nor time.")
    @APIResponse(responseCode = "200", description = "The feedback")
    @APIResponse(responseCode = "403", description = "Neither an organizer nor one of the space's sharers")
    @APIResponse(responseCode = "404", description = "No such space (or not published)")
    public Uni<FeedbackReport> report(@PathParam("id") UUID id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<InvalidField> invalid = new ArrayList<>();
        PageNumbers.Page paging = PageNumbers.parse(invalid, page, size, DEFAULT_SIZE, MAX_SIZE);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return feedback.report(Caller.of(identity), id, paging.page(), paging.size());
    }
}
