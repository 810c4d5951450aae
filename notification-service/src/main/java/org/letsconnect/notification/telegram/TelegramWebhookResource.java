package org.letsconnect.notification.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.letsconnect.platform.i18n.Messages;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.ratelimit.ClientAddress;
import org.letsconnect.platform.ratelimit.RateLimitKey;
import org.letsconnect.platform.ratelimit.RateLimiter;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Where Telegram delivers the bot's updates ({@code setWebhook} with this URL and {@code secret_token}). No user
 * token: the proof of right is the shared secret in {@code X-Telegram-Bot-Api-Secret-Token}. Everything that is not
 * a refusal answers 200, so Telegram never retries an update that links nothing; a reply to the chat rides in the
 * answer (Telegram runs a {@code method} given in a webhook's response). Requests are rate limited per client
 * address before the secret is looked at, so the secret cannot be tried at speed; Telegram delivers a refused update
 * again later.
 */
@Path("/api/v1/channels/telegram/webhook")
@Tag(name = "Channels")
public class TelegramWebhookResource {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    static final String PER_ADDRESS = "telegram-webhook-per-address";
    private static final Pattern START = Pattern.compile("^/start(?:@\\w+)?(?:\\s+(\\S+))?\\s*$");

    private final TelegramConfig config;
    private final TelegramLinking linking;
    private final TelegramChannelLinks links;
    private final Messages messages;
    private final RateLimiter rateLimiter;

    public TelegramWebhookResource(TelegramConfig config, TelegramLinking linking, TelegramChannelLinks links,
            Messages messages, RateLimiter rateLimiter) {
        this.config = config;
        this.linking = linking;
        this.links = links;
        this.messages = messages;
        this.rateLimiter = rateLimiter;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Telegram's webhook: links a chat from a deep link's /start", description = "Called by "
            + "Telegram only, with the configured secret in X-Telegram-Bot-Api-Secret-Token. A /start with a valid "
            + "one-time token links that chat to the token's participant; anything else links nothing and answers 200.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "start", value = TelegramExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "Taken (maybe with a reply to the chat as a sendMessage call)")
    @APIResponse(responseCode = "401", description = "No secret header")
    @APIResponse(responseCode = "403", description = "Wrong secret, or the webhook is not configured")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; Retry-After says when to "
            + "try again")
    public Uni<Map<String, Object>> update(@HeaderParam(SECRET_HEADER) String secret, TelegramUpdate update,
            @Context HttpServerRequest http) {
        rateLimiter.acquire(new RateLimitKey(PER_ADDRESS, ClientAddress.of(http).key()));
        refuseUnlessSecret(secret);
        if (update == null) {
            return Uni.createFrom().item(Map.of());
        }
        if (update.myChatMember() != null && update.myChatMember().chat() != null
                && update.myChatMember().chat().isPrivate() && update.myChatMember().newChatMember() != null) {
            return membership(update.myChatMember());
        }
        TelegramUpdate.Message message = update.message();
        if (message == null || message.chat() == null || !message.chat().isPrivate() || message.text() == null) {
            return Uni.createFrom().item(Map.of());
        }
        Matcher start = START.matcher(message.text().strip());
        if (!start.matches()) {
            return Uni.createFrom().item(Map.of());
        }
        long chatId = message.chat().id();
        String senderLanguage = message.from() == null ? null : message.from().languageCode();
        String token = start.group(1);
        Uni<TelegramLinking.Linked> linked = token == null ? Uni.createFrom().nullItem()
                : linking.complete(token, chatId);
        return linked.map(done -> done != null
                ? reply(chatId, messages.get(done.language(), "notification-channel-telegram-linked"))
                : reply(chatId, messages.get(senderLanguage, "notification-channel-telegram-link-invalid")));
    }

    private Uni<Map<String, Object>> membership(TelegramUpdate.MemberUpdate change) {
        String status = change.newChatMember().status();
        long chatId = change.chat().id();
        Uni<Void> done = switch (status == null ? "" : status) {
            case "kicked" -> links.chatBlockedBot(chatId);
            case "member" -> links.chatUnblockedBot(chatId);
            default -> Uni.createFrom().voidItem();
        };
        return done.replaceWith(Map.of());
    }

    private void refuseUnlessSecret(String presented) {
        if (presented == null || presented.isEmpty()) {
            throw new ProblemException(401, "unauthorized", "platform-problem-unauthorized",
                    "notification-channel-telegram-webhook-refused");
        }
        String expected = config.webhookSecret().filter(value -> !value.isBlank()).orElse(null);
        if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.forbidden("notification-channel-telegram-webhook-refused");
        }
    }

    private static Map<String, Object> reply(long chatId, String text) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("method", "sendMessage");
        call.put("chat_id", chatId);
        call.put("text", text);
        call.put("disable_web_page_preview", true);
        return call;
    }
}
