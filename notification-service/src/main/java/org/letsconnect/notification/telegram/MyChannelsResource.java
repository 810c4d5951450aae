package org.letsconnect.notification.telegram;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** A participant's own channels: which are linked, and linking or unlinking Telegram. */
@Path("/api/v1/me/channels")
@Tag(name = "Channels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTICIPANT)
public class MyChannelsResource {

    private final MyChannels channels;
    private final TelegramLinking linking;
    private final TelegramChannelLinks links;
    private final SecurityIdentity identity;

    public MyChannelsResource(MyChannels channels, TelegramLinking linking, TelegramChannelLinks links,
            SecurityIdentity identity) {
        this.channels = channels;
        this.linking = linking;
        this.links = links;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Your channels: where notifications can reach you", description = "Whether each channel "
            + "works on this deployment and is linked for you. Never shows an address or a Telegram chat. Which "
            + "categories go to which channel is set in your preferences.")
    @APIResponse(responseCode = "200", description = "Your channels", content = @Content(examples = @ExampleObject(name = "channels", value = TelegramExamples.CHANNELS)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "Your profile is not known here yet (register first)")
    public Uni<MyChannels.ChannelList> list() {
        return channels.of(caller().subject());
    }

    @POST
    @Path("telegram")
    @Operation(summary = "Link Telegram: a one-time deep link to the bot", description = "Open the link in Telegram "
            + "and press Start: that chat receives your notifications. The link works once, for a limited time; "
            + "asking again makes the earlier link stop working.")
    @APIResponse(responseCode = "200", description = "The deep link and until when it works", content = @Content(examples = @ExampleObject(name = "link", value = TelegramExamples.DEEP_LINK)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "Telegram is not set up here, or your profile is not known here yet")
    public Uni<TelegramLinking.DeepLink> link() {
        return linking.start(caller().subject());
    }

    @DELETE
    @Path("telegram")
    @Operation(summary = "Unlink Telegram", description = "Notifications stop going to your Telegram chat.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No Telegram chat was linked")
    public Uni<Response> unlink() {
        return channels.recipient(caller().subject())
                .flatMap(recipient -> links.unlink(recipient.participantId))
                .map(unlinked -> {
                    if (!unlinked) {
                        throw ProblemException.notFound("notification-channel-telegram-not-linked");
                    }
                    return Response.noContent().build();
                });
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
