package org.letsconnect.clinic.registration;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.ratelimit.ClientAddress;
import org.letsconnect.platform.ratelimit.RateLimitKey;
import org.letsconnect.platform.ratelimit.RateLimiter;
import org.letsconnect.platform.security.Caller;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Guests' registrations. Half of a Clinic's audience has no profile here, and many no Wikimedia account at all, so
 * this is the one write in the API that needs no sign-in; what it accepts is checked hard instead, and a guest's
 * requests are rate limited per client address and per space. A signed-in caller (an organizer registering guests) is
 * known, so not limited.
 */
@Path("/api/v1/clinics/{id}/guest-registrations")
@Tag(name = "Registrations")
@Produces(MediaType.APPLICATION_JSON)
public class GuestRegistrationResource {

    static final String PER_ADDRESS = "guest-registration-per-address";
    static final String PER_SPACE = "guest-registration-per-space";

    private final RegistrationService registrations;
    private final CurrentIdentityAssociation identities;
    private final UriInfo uriInfo;
    private final RateLimiter rateLimiter;

    public GuestRegistrationResource(RegistrationService registrations, CurrentIdentityAssociation identities,
            UriInfo uriInfo, RateLimiter rateLimiter) {
        this.registrations = registrations;
        this.identities = identities;
        this.uriInfo = uriInfo;
        this.rateLimiter = rateLimiter;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a guest (no sign-in needed)", description = "Open without a token: guests have no Wikimedia account, and they are half of the "
            + "audience. Organizers may register guests with their own token. Name (at most 200 characters), "
            + "e-mail address (at most 254), Wikimedia language code and IANA time zone are all required and "
            + "checked. The answer carries cancelToken, the guest's only way to cancel without signing in: "
            + "it is shown once and stored only hashed. One registration per e-mail address and space: an address "
            + "registered already is answered as a first registration is, with nothing stored, so that the answer "
            + "tells nobody whether it was registered; the first registration and its token stay in force.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "guest", value = RegistrationExamples.GUEST_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered, confirmed or waitlisted, with the cancel token", content = @Content(examples = @ExampleObject(name = "waitlisted", value = RegistrationExamples.GUEST_VIEW)))
    @APIResponse(responseCode = "400", description = "Fields at fault, named in the problem's errors")
    @APIResponse(responseCode = "404", description = "No such space (or not published yet)")
    @APIResponse(responseCode = "409", description = "The space does not take registrations now; for an organizer, "
            + "also: this e-mail address is registered already")
    @APIResponse(responseCode = "429", description = "Too many guest registrations from this address or for this "
            + "space; Retry-After says when to try again")
    public Uni<Response> register(@PathParam("id") UUID id, @NotNull GuestRegistrationRequest request,
            @Context HttpServerRequest http) {
        return identities.getDeferredIdentity()
                .map(identity -> {
                    if (!identity.isAnonymous()) {
                        return Caller.of(identity);
                    }
                    rateLimiter.acquire(new RateLimitKey(PER_ADDRESS, ClientAddress.of(http).key()),
                            new RateLimitKey(PER_SPACE, id.toString()));
                    return null;
                })
                .flatMap(caller -> registrations.registerGuest(caller, id, request))
                .map(view -> Response.created(RegistrationResource.location(uriInfo, id, view)).entity(view).build());
    }
}
