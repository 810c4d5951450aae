package org.letsconnect.platform.security.wikimedia;

import java.util.Map;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.letsconnect.platform.security.Caller;

import io.quarkus.security.identity.SecurityIdentity;

/** Who the signed-in caller is, as the programme sees them (for WikimediaSignInTest). */
@Path("/test/wikimedia/me")
public class WikimediaMeResource {

    private final SecurityIdentity identity;

    public WikimediaMeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @RolesAllowed("participant")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> me() {
        Caller caller = Caller.of(identity);
        return Map.of("subject", caller.subject(), "username", caller.username(),
                "principal", identity.getPrincipal().getName(), "roles", new TreeSet<>(caller.roles()));
    }
}
