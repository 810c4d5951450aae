package org.letsconnect.platform.security;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Tells a client who it is signed in as here and which programme roles it holds, so a frontend can show the
 * organizer's tools only to organizers. Every service answers it, from its own roles read model.
 */
@Path("/api/v1/session")
@Tag(name = "Session")
public class SessionResource {

    /** The caller as this service knows them. */
    public record Session(String subject, String username, List<String> roles) {
    }

    private final SecurityIdentity identity;

    public SessionResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who the bearer token belongs to and which programme roles it holds")
    @APIResponse(responseCode = "200", description = "The signed-in caller")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Session session() {
        Caller caller = Caller.of(identity);
        return new Session(caller.subject(), caller.username(), caller.roles().stream().sorted().toList());
    }
}
