package org.letsconnect.clinic.registration;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.ratelimit.ClientAddress;
import org.letsconnect.platform.ratelimit.RateLimitKey;
import org.letsconnect.platform.ratelimit.RateLimiter;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** Registrations for a learning space: participants register and cancel, organizers read who registered. */
@Path("/api/v1/clinics/{id}/registrations")
@Tag(name = "Registrations")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    static final String CANCEL_TOKEN_HEADER = "X-Cancel-Token";
    static final String GUEST_ACCESS_PER_ADDRESS = "guest-access-per-address";
    static final String GUEST_ACCESS_PER_SPACE = "guest-access-per-space";

    private final RegistrationService registrations;
    private final CurrentIdentityAssociation identities;
    private final UriInfo uriInfo;
    private final RateLimiter rateLimiter;

    public RegistrationResource(RegistrationService registrations, CurrentIdentityAssociation identities,
            UriInfo uriInfo, RateLimiter rateLimiter) {
        this.registrations = registrations;
        this.identities = identities;
        this.uriInfo = uriInfo;
        this.rateLimiter = rateLimiter;
    }

    @POST
    // the single media type is also what a POST without a body and without a Content-Type is read as
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Register for a space", description = "A place while places remain (capacity minus confirmed registrations), else the end of the "
            + "waitlist with its position; people waiting are promoted in order as places free. The body is "
            + "optional. Guests without a Wikimedia account use guest-registrations.")
    @APIResponse(responseCode = "201", description = "Registered, confirmed or waitlisted", content = @Content(examples = @ExampleObject(name = "confirmed", value = RegistrationExamples.VIEW)))
    @APIResponse(responseCode = "400", description = "Unknown language or time zone")
    @APIResponse(responseCode = "404", description = "No such space (or not published yet)")
    @APIResponse(responseCode = "409", description = "Already registered, or the space does not take registrations now")
    public Uni<Response> register(@PathParam("id") UUID id, RegistrationRequest request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return caller().flatMap(caller -> registrations.register(caller, id, request, acceptLanguage))
                .map(view -> Response.created(location(uriInfo, id, view)).entity(view).build());
    }

    @GET
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "List a space's registrants (organizers)", description = "Confirmed first, then the waitlist in order, then cancelled. Carries personal data: "
            + "names, usernames and e-mail addresses.")
    @APIResponse(responseCode = "200", description = "One page of registrants")
    @APIResponse(responseCode = "400", description = "Unknown status, or paging out of range")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Uni<RegistrantPage> list(@PathParam("id") UUID id,
            @Parameter(description = "confirmed, waitlisted or cancelled") @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        RegistrationFilter filter = RegistrationFilter.parse(status, page, size);
        return caller().flatMap(caller -> registrations.registrants(caller, id, filter));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "The caller's registration for this space, with its waitlist position")
    @APIResponse(responseCode = "200", description = "The registration in force")
    @APIResponse(responseCode = "404", description = "Not registered for this space")
    public Uni<RegistrationView> mine(@PathParam("id") UUID id) {
        return caller().flatMap(caller -> registrations.mine(caller, id));
    }

    @GET
    @Path("/{registrationId}")
    @PermitAll
    @Operation(summary = "One registration", description = "For its registrant, an organizer, or a guest presenting the cancel token. Open without "
            + "a token because guests have no Wikimedia account; the cancel token stands in for one.")
    @APIResponse(responseCode = "200", description = "The registration")
    @APIResponse(responseCode = "401", description = "Neither signed in nor a cancel token, whatever the ids")
    @APIResponse(responseCode = "404", description = "No such registration, not the caller's, or the cancel token "
            + "does not fit: one answer, so that nobody learns which registrations exist")
    @APIResponse(responseCode = "429", description = "Too many requests without sign-in from this address or for "
            + "this space; Retry-After says when to try again")
    public Uni<RegistrationView> get(@PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId,
            @Parameter(description = "A guest's cancel token") @QueryParam("cancelToken") String cancelTokenParameter,
            @Parameter(description = "A guest's cancel token") @HeaderParam(CANCEL_TOKEN_HEADER) String cancelToken,
            @Context HttpServerRequest http) {
        return optionalCaller(id, http).flatMap(caller -> registrations.get(caller, id, registrationId,
                token(cancelToken, cancelTokenParameter)));
    }

    @DELETE
    @Path("/{registrationId}")
    @PermitAll
    @Operation(summary = "Cancel a registration", description = "For the registrant, an organizer, or a guest presenting the cancel token (header "
            + "X-Cancel-Token, or ?cancelToken= for the link in a mail). Open without a token because guests "
            + "have no Wikimedia account. A freed place goes to the first person waiting. Cancelling again "
            + "changes nothing.")
    @APIResponse(responseCode = "204", description = "Cancelled (or already cancelled)")
    @APIResponse(responseCode = "401", description = "Neither signed in nor a cancel token, whatever the ids")
    @APIResponse(responseCode = "404", description = "No such registration, not the caller's, or the cancel token "
            + "does not fit: one answer, so that nobody learns which registrations exist")
    @APIResponse(responseCode = "409", description = "The session has taken place; registrations no longer change")
    @APIResponse(responseCode = "429", description = "Too many requests without sign-in from this address or for "
            + "this space; Retry-After says when to try again")
    public Uni<Response> cancel(@PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId,
            @Parameter(description = "A guest's cancel token") @QueryParam("cancelToken") String cancelTokenParameter,
            @Parameter(description = "A guest's cancel token") @HeaderParam(CANCEL_TOKEN_HEADER) String cancelToken,
            @Context HttpServerRequest http) {
        return optionalCaller(id, http).flatMap(caller -> registrations.cancel(caller, id, registrationId,
                token(cancelToken, cancelTokenParameter))).map(ignored -> Response.noContent().build());
    }

    /** Where a registration can be read (by its registrant, organizers, or the guest with the cancel token). */
    static URI location(UriInfo uriInfo, UUID spaceId, RegistrationView view) {
        return uriInfo.getBaseUriBuilder().path("api/v1/clinics").path(spaceId.toString()).path("registrations")
                .path(view.id()).build();
    }

    private Uni<Caller> caller() {
        return identities.getDeferredIdentity().map(Caller::of);
    }

    /**
     * The signed-in caller, or null for a request without a bearer token, which counts against the limits of requests
     * without sign-in (per client address and per space): a cancel token cannot be guessed, but which registrations
     * exist should not be probed at speed either.
     */
    private Uni<Caller> optionalCaller(UUID spaceId, HttpServerRequest http) {
        return identities.getDeferredIdentity().map(identity -> {
            if (!identity.isAnonymous()) {
                return Caller.of(identity);
            }
            rateLimiter.acquire(new RateLimitKey(GUEST_ACCESS_PER_ADDRESS, ClientAddress.of(http).key()),
                    new RateLimitKey(GUEST_ACCESS_PER_SPACE, spaceId.toString()));
            return null;
        });
    }

    /** The header wins: it does not end up in access logs the way a query string does. */
    private static String token(String header, String parameter) {
        return header != null && !header.isBlank() ? header : parameter;
    }
}
