package org.letsconnect.notification.telegram;

import java.time.Duration;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * The bot's side of the Bot API: {@code POST {base-url}/bot{token}/sendMessage}, without blocking. Each call ends in a
 * {@link TelegramOutcome}, never in a failure, so the delivery worker decides about retries. The URL holds the bot
 * token, so it is never logged; neither is a chat id.
 */
@ApplicationScoped
public class TelegramBot {

    /** Telegram refuses longer texts ({@code text} is 1–4096 characters after entity parsing). */
    static final int MAX_TEXT = 4096;

    private final TelegramConfig config;
    private final WebClient client;

    public TelegramBot(Vertx vertx, TelegramConfig config) {
        this.config = config;
        long millis = Math.max(1, config.timeout().toMillis());
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, millis))
                .setUserAgent("letsconnect-notification-service")
                .setFollowRedirects(false));
    }

    /** Whether a bot token is configured; without one every send is {@code Permanent("disabled")}. */
    public boolean enabled() {
        return config.enabled();
    }

    /**
     * Sends a notification: its subject in bold, then its plain text, both escaped for Telegram's HTML mode (so
     * a {@code <} or {@code &} in a title or a name shows as written), link previews off.
     */
    public Uni<TelegramOutcome> send(long chatId, String subject, String text) {
        return sendHtml(chatId, TelegramHtml.message(subject, text, MAX_TEXT));
    }

    /** Sends text that is already Telegram HTML ({@code <b>}, {@code <i>}, {@code <a href>} …, user text escaped). */
    public Uni<TelegramOutcome> sendHtml(long chatId, String html) {
        JsonObject body = new JsonObject()
                .put("chat_id", chatId)
                .put("text", html)
                .put("parse_mode", "HTML")
                .put("disable_web_page_preview", true);
        return call("sendMessage", body);
    }

    /** Sends plain text, shown exactly as given (no parse mode, nothing to escape). */
    public Uni<TelegramOutcome> sendPlain(long chatId, String text) {
        JsonObject body = new JsonObject()
                .put("chat_id", chatId)
                .put("text", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text)
                .put("disable_web_page_preview", true);
        return call("sendMessage", body);
    }

    private Uni<TelegramOutcome> call(String method, JsonObject body) {
        if (!enabled()) {
            return Uni.createFrom().item(new TelegramOutcome.Permanent("disabled"));
        }
        Duration timeout = config.timeout();
        String url = config.baseUrl().replaceAll("/+$", "") + "/bot" + config.botToken().orElseThrow().strip() + "/"
                + method;
        return client.postAbs(url)
                .putHeader("Accept", "application/json")
                .timeout(Math.max(1, timeout.toMillis()))
                .sendJsonObject(body)
                .ifNoItem().after(timeout.plusSeconds(1)).fail()
                .map(TelegramBot::outcome)
                .onFailure().recoverWithItem(failure -> new TelegramOutcome.Temporary("unreachable"))
                .invoke(outcome -> {
                    if (!(outcome instanceof TelegramOutcome.Sent)) {
                        Log.debugf("Telegram %s: %s", method, outcome);
                    }
                });
    }

    /** What an answer of the Bot API means for the delivery (package-visible for the unit test). */
    static TelegramOutcome outcome(HttpResponse<Buffer> response) {
        JsonObject answer = json(response);
        return outcome(response.statusCode(), answer);
    }

    static TelegramOutcome outcome(int status, JsonObject answer) {
        String description = answer == null ? "" : answer.getString("description", "");
        if (status == 200 && answer != null && answer.getBoolean("ok", false)) {
            JsonObject result = answer.getJsonObject("result");
            return new TelegramOutcome.Sent(result == null ? 0 : result.getLong("message_id", 0L));
        }
        if (status == 429) {
            JsonObject parameters = answer == null ? null : answer.getJsonObject("parameters");
            long seconds = parameters == null ? 0 : parameters.getLong("retry_after", 0L);
            return new TelegramOutcome.RetryAfter(Duration.ofSeconds(Math.max(1, seconds)));
        }
        if (status == 403) {
            return new TelegramOutcome.Permanent(
                    description.toLowerCase().contains("deactivated") ? "deactivated" : "blocked");
        }
        if (status == 400) {
            return new TelegramOutcome.Permanent(
                    description.toLowerCase().contains("chat not found") ? "chat-not-found" : "rejected");
        }
        if (status == 401 || status == 404) {
            // the bot token is wrong or revoked: the operator's problem, not the person's; never turn them off for it
            Log.errorf("Telegram refused the bot token (HTTP %d): check letsconnect.notification.telegram.bot-token",
                    status);
            return new TelegramOutcome.Temporary("bot-token-refused");
        }
        return new TelegramOutcome.Temporary(status >= 500 ? "server-error" : "http-" + status);
    }

    private static JsonObject json(HttpResponse<Buffer> response) {
        try {
            return response.bodyAsJsonObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
