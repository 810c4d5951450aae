package org.letsconnect.notification.delivery;

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
import org.letsconnect.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** The delivery log, for organizers: what reached whom, and why what did not. */
@Path("/api/v1/deliveries")
@Tag(name = "Delivery log")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryLogResource {

    private final DeliveryLog log;

    public DeliveryLogResource(DeliveryLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed({ Roles.ORGANIZER, Roles.ADMIN })
    @Operation(summary = "The delivery log (organizers)", description = "Every delivery of every notification, newest first: template, category, channel, "
            + "status (pending, sent, failed, dead, cancelled), the reason of a failure, attempts, when it was due "
            + "and sent, the space and the recipient (participant id, or registration id for a guest; the nil id "
            + "once erased). Carries no address and no message text.")
    @APIResponse(responseCode = "200", description = "One page of the log")
    @APIResponse(responseCode = "400", description = "A filter or the paging cannot be read; each field at fault is named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Uni<DeliveryLogPage> list(
            @Parameter(description = "Only notifications about this space (its id)") @QueryParam("space") String space,
            @Parameter(description = "Only deliveries to this recipient (participant id, or registration id for a guest)") @QueryParam("recipient") String recipient,
            @Parameter(description = "pending, sent, failed, dead or cancelled") @QueryParam("status") String status,
            @Parameter(description = "email, in-app, telegram or talk-page") @QueryParam("channel") String channel,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("size") String size) {
        return log.page(DeliveryLogFilter.parse(space, recipient, status, channel, page, size));
    }
}
