package org.letsconnect.platform.testapp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.FeedbackSubmitted;
import org.letsconnect.platform.outbox.OutboxWriter;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Writes a note and its event in one transaction, the way every service writes state and outbox rows. */
@Path("/test/notes")
public class NoteResource {

    public record NoteRequest(UUID id, @NotBlank @Size(max = 20) String text, @Min(1) @Max(5) int usefulness,
            @Valid List<@NotNull @Size(max = 5) String> tags) {
    }

    /** Every note's event names the same participant: the tests look at the envelope, not at who. */
    public static final UUID PARTICIPANT_ID = UUID.fromString("6f1c2b9e-3f64-4a8e-9b1e-2d7c5a4e8f10");

    private final OutboxWriter outbox;
    private final SecurityIdentity identity;

    public NoteResource(OutboxWriter outbox, SecurityIdentity identity) {
        this.outbox = outbox;
        this.identity = identity;
    }

    @POST
    @RolesAllowed("participant")
    @WithTransaction
    public Uni<Response> create(@Valid @NotNull NoteRequest request, @QueryParam("fail") boolean fail) {
        Note note = new Note();
        note.id = request.id() == null ? UUID.randomUUID() : request.id();
        note.subject = Caller.of(identity).subject();
        note.text = request.text();
        FeedbackSubmitted event = new FeedbackSubmitted(UUID.randomUUID().toString(), note.id.toString(),
                PARTICIPANT_ID.toString(), false, request.usefulness(), Instant.now());
        return note.<Note> persist()
                .flatMap(saved -> outbox.append(EventType.FEEDBACK_SUBMITTED, event))
                .map(eventId -> {
                    if (fail) {
                        // after both writes, so the test proves the rollback takes the event with it
                        throw ProblemException.conflict("test-refused", null);
                    }
                    return Response.status(201).entity(note).build();
                });
    }

    @GET
    @Path("{id}")
    @Authenticated
    @WithSession
    public Uni<Note> get(@PathParam("id") UUID id) {
        return Note.<Note> findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound(null));
    }

    @GET
    @Path("organizers-only")
    @RolesAllowed("organizer")
    public String organizersOnly() {
        return "welcome";
    }
}
