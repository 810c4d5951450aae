package org.letsconnect.notification.talkpage;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.platform.i18n.Messages;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Posts a notification as a new section of {@code User_talk:<username>} through the MediaWiki Action API, as the
 * programme's bot (an owner-only OAuth 2 access token, sent as a bearer token), without blocking.
 *
 * <p>
 * One try: a read ({@code action=query}: the CSRF token, the user's existence and the talk page's current wikitext
 * in one request), then, if the page does not carry this delivery's hidden marker yet, the edit
 * ({@code action=edit&section=new}) once the {@link EditGate} lets it through (at most one edit per
 * {@code min-interval} across replicas). The marker makes a retry after a lost answer post nothing twice. Every try
 * ends in a {@link TalkPageOutcome}, never in a failure. Usernames are not logged.
 */
@ApplicationScoped
public class TalkPageClient {

    /** API errors that no retry will change: this user, this page, or the bot's right to edit it. */
    static final Set<String> PERMANENT = Set.of("nosuchuser", "invaliduser", "blocked", "autoblocked",
            "protectedpage", "cascadeprotected", "protectednamespace-interface", "permissiondenied", "invalidtitle",
            "cantcreate", "spamblacklist", "abusefilter-disallowed", "titleblacklist-forbidden",
            "contenttoobig");

    private final TalkPageConfig config;
    private final EditGate gate;
    private final Messages messages;
    private final WebClient client;

    public TalkPageClient(Vertx vertx, TalkPageConfig config, EditGate gate, Messages messages) {
        this.config = config;
        this.gate = gate;
        this.messages = messages;
        long millis = Math.max(1, config.timeout().toMillis());
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, millis))
                .setUserAgent(config.userAgent())
                .setFollowRedirects(false));
    }

    /** Whether a bot token is configured; without one every post is {@code Permanent("disabled")}. */
    public boolean enabled() {
        return config.enabled();
    }

    /**
     * Posts one delivery on a user's talk page, unless an earlier try did.
     *
     * @param deliveryId the delivery: its marker goes into the section
     * @param username the Wikimedia username (without {@code User:})
     * @param language the recipient's language, for the edit summary
     * @param title the section title, plain text (escaped here)
     * @param text the message, plain text (escaped here; paragraphs and line breaks kept, URLs linked)
     */
    public Uni<TalkPageOutcome> post(UUID deliveryId, String username, String language, String title, String text) {
        if (!enabled()) {
            return Uni.createFrom().item(new TalkPageOutcome.Permanent("disabled"));
        }
        if (username == null || username.isBlank()) {
            return Uni.createFrom().item(new TalkPageOutcome.Permanent("nosuchuser"));
        }
        String page = "User talk:" + username.strip();
        return read(page, username.strip())
                .flatMap(state -> {
                    if (state.outcome() != null) {
                        return Uni.createFrom().item(state.outcome());
                    }
                    if (state.wikitext().contains(Wikitext.marker(deliveryId))) {
                        return Uni.createFrom().item((TalkPageOutcome) new TalkPageOutcome.AlreadyPosted());
                    }
                    return gate.pass().chain(() -> edit(page, state.csrfToken(), language, title, text, deliveryId));
                })
                .onFailure().recoverWithItem(failure -> {
                    Log.debugf("Talk page: %s", failure.toString());
                    return new TalkPageOutcome.Temporary("unreachable");
                });
    }

    /** What the read found: the outcome already (an error, no such user), or the token and the page's wikitext. */
    private record PageState(TalkPageOutcome outcome, String csrfToken, String wikitext) {
    }

    private Uni<PageState> read(String page, String username) {
        HttpRequest<Buffer> request = authorised(client.getAbs(config.apiUrl()))
                .addQueryParam("action", "query")
                .addQueryParam("meta", "tokens")
                .addQueryParam("type", "csrf")
                .addQueryParam("list", "users")
                .addQueryParam("ususers", username)
                .addQueryParam("prop", "revisions")
                .addQueryParam("rvprop", "content")
                .addQueryParam("rvslots", "main")
                .addQueryParam("titles", page)
                .addQueryParam("maxlag", Integer.toString(config.maxlag()))
                .addQueryParam("format", "json")
                .addQueryParam("formatversion", "2");
        return timed(request.send()).map(TalkPageClient::pageState);
    }

    static PageState pageState(HttpResponse<Buffer> response) {
        TalkPageOutcome refused = refusal(response);
        if (refused != null) {
            return new PageState(refused, null, null);
        }
        JsonObject query = json(response).getJsonObject("query", new JsonObject());
        JsonArray users = query.getJsonArray("users", new JsonArray());
        JsonObject user = users.isEmpty() ? new JsonObject() : users.getJsonObject(0);
        if (user.getBoolean("missing", false) || user.getBoolean("invalid", false) || users.isEmpty()) {
            return new PageState(new TalkPageOutcome.Permanent("nosuchuser"), null, null);
        }
        String token = query.getJsonObject("tokens", new JsonObject()).getString("csrftoken");
        if (token == null || token.equals("+\\")) {
            // the anonymous token: the wiki did not take the bot's access token
            Log.error("The wiki did not accept the talk-page bot's access token: check "
                    + "letsconnect.notification.talk-page.bot-token");
            return new PageState(new TalkPageOutcome.Temporary("bot-token-refused"), null, null);
        }
        JsonArray pages = query.getJsonArray("pages", new JsonArray());
        JsonObject found = pages.isEmpty() ? new JsonObject() : pages.getJsonObject(0);
        String wikitext = "";
        JsonArray revisions = found.getJsonArray("revisions");
        if (!found.getBoolean("missing", false) && revisions != null && !revisions.isEmpty()) {
            JsonObject main = revisions.getJsonObject(0).getJsonObject("slots", new JsonObject())
                    .getJsonObject("main", new JsonObject());
            wikitext = main.getString("content", "");
        }
        return new PageState(null, token, wikitext);
    }

    private Uni<TalkPageOutcome> edit(String page, String csrfToken, String language, String title, String text,
            UUID deliveryId) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .add("action", "edit")
                .add("title", page)
                .add("section", "new")
                .add("sectiontitle", Wikitext.title(title))
                .add("text", Wikitext.section(text, deliveryId))
                .add("summary", messages.get(language, "notification-channel-talk-page-summary"))
                .add("watchlist", "nochange")
                .add("bot", "1")
                .add("maxlag", Integer.toString(config.maxlag()))
                .add("format", "json")
                .add("formatversion", "2")
                // the token last, as MediaWiki recommends, so a cut-off request never saves a truncated text
                .add("token", csrfToken);
        return timed(authorised(client.postAbs(config.apiUrl())).sendForm(form)).map(TalkPageClient::editOutcome);
    }

    static TalkPageOutcome editOutcome(HttpResponse<Buffer> response) {
        TalkPageOutcome refused = refusal(response);
        if (refused != null) {
            return refused;
        }
        JsonObject edit = json(response).getJsonObject("edit");
        if (edit != null && "Success".equals(edit.getString("result"))) {
            return new TalkPageOutcome.Posted(edit.getLong("newrevid", 0L));
        }
        // a captcha, an abuse filter's warning …: a person would have to look
        return new TalkPageOutcome.Permanent(edit == null ? "unexpected-answer" : "edit-" + edit.getString("result"));
    }

    /** The outcome of an HTTP error or an API error, or null when the answer is a success to read on. */
    static TalkPageOutcome refusal(HttpResponse<Buffer> response) {
        int status = response.statusCode();
        JsonObject body = json(response);
        JsonObject error = body == null ? null : body.getJsonObject("error");
        if (error != null) {
            String code = error.getString("code", "unknown");
            if (code.equals("maxlag")) {
                return new TalkPageOutcome.RetryAfter(retryAfter(response));
            }
            if (PERMANENT.contains(code)) {
                return new TalkPageOutcome.Permanent(code);
            }
            if (code.startsWith("mwoauth") || code.equals("notloggedin") || code.equals("badaccess-groups")) {
                Log.errorf("The wiki refused the talk-page bot (%s): check letsconnect.notification.talk-page.bot-token",
                        code);
            }
            return new TalkPageOutcome.Temporary(code);
        }
        if (status != 200 || body == null) {
            return new TalkPageOutcome.Temporary(status >= 500 ? "server-error" : "http-" + status);
        }
        return null;
    }

    private static Duration retryAfter(HttpResponse<Buffer> response) {
        try {
            String header = response.getHeader("Retry-After");
            return Duration.ofSeconds(Math.max(1, header == null ? 5 : Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(5);
        }
    }

    private HttpRequest<Buffer> authorised(HttpRequest<Buffer> request) {
        return request.bearerTokenAuthentication(config.botToken().orElseThrow().strip())
                .putHeader("Accept", "application/json")
                .timeout(Math.max(1, config.timeout().toMillis()));
    }

    private <T> Uni<T> timed(Uni<T> call) {
        return call.ifNoItem().after(config.timeout().plusSeconds(1)).fail();
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
