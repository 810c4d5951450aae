package org.letsconnect.registry.importing;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Turns Wikimedia usernames into central user ids (the {@code sub} people sign in with), asking Meta-Wiki's
 * CentralAuth API without blocking:
 * {@code GET <url>?action=query&meta=globaluserinfo&guiuser=<name>&format=json&formatversion=2} answers
 * {@code {"query":{"globaluserinfo":{"id":123,"name":"…","home":"…"}}}}, or {@code "missing": true} for a name
 * without a global account ({@code "locked": true} for a locked one).
 *
 * <p>
 * {@link #resolveAll(Collection)} asks for each distinct name once (the answers are the import's cache), at most
 * {@code letsconnect.registry.central-auth.concurrency} at a time, each within
 * {@code letsconnect.registry.central-auth.timeout}. Anything but an answer (no connection, a timeout, 429 or 5xx,
 * an API error other than a bad username) fails the whole lookup with {@link CentralAuthUnavailableException}:
 * an import never goes ahead with some names unknown because Meta-Wiki was down.
 */
@ApplicationScoped
public class CentralIdResolver {

    /** What Meta-Wiki said about one username. */
    public sealed interface Resolution {
    }

    /** A global account: its central user id and the username as Meta-Wiki spells it. */
    public record Account(String centralId, String name) implements Resolution {
    }

    /** No global account has this name (or it is not a valid username). */
    public record NoAccount() implements Resolution {
    }

    /** The global account exists but is locked. */
    public record Locked(String name) implements Resolution {
    }

    private final WebClient client;
    private final CentralAuthConfig config;
    private final Duration timeout;

    public CentralIdResolver(Vertx vertx, CentralAuthConfig config) {
        this.config = config;
        this.timeout = this.config.timeout();
        long millis = Math.max(1, timeout.toMillis());
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setUserAgent(this.config.userAgent())
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, millis))
                .setMaxPoolSize(Math.max(1, this.config.concurrency()))
                .setFollowRedirects(true));
    }

    /** Every distinct username's resolution, keyed by the username as given. */
    public Uni<Map<String, Resolution>> resolveAll(Collection<String> usernames) {
        Set<String> distinct = new LinkedHashSet<>(usernames);
        return Multi.createFrom().iterable(distinct)
                .onItem().transformToUni(name -> resolve(name).map(resolution -> Map.entry(name, resolution)))
                .merge(Math.max(1, config.concurrency()))
                .collect().asMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** What Meta-Wiki says about one username. */
    public Uni<Resolution> resolve(String username) {
        return client.getAbs(config.url())
                .addQueryParam("action", "query")
                .addQueryParam("meta", "globaluserinfo")
                .addQueryParam("guiuser", username)
                .addQueryParam("format", "json")
                .addQueryParam("formatversion", "2")
                .putHeader("Accept", "application/json")
                .timeout(Math.max(1, timeout.toMillis()))
                .send()
                .ifNoItem().after(timeout).failWith(() -> new CentralAuthUnavailableException("no answer in time"))
                .map(response -> answer(username, response))
                .onFailure(failure -> !(failure instanceof CentralAuthUnavailableException))
                .transform(failure -> new CentralAuthUnavailableException(failure.toString(), failure))
                .onFailure().invoke(failure -> Log.warnf("Meta-Wiki's CentralAuth API at %s: %s", config.url(),
                        failure.getMessage()));
    }

    static Resolution answer(String username, HttpResponse<Buffer> response) {
        if (response.statusCode() != 200) {
            throw new CentralAuthUnavailableException("answered HTTP " + response.statusCode());
        }
        JsonObject body;
        try {
            body = response.bodyAsJsonObject();
        } catch (RuntimeException e) {
            throw new CentralAuthUnavailableException("answered something that is not JSON", e);
        }
        if (body == null) {
            throw new CentralAuthUnavailableException("answered an empty body");
        }
        return answer(username, body);
    }

    static Resolution answer(String username, JsonObject body) {
        JsonObject error = body.getJsonObject("error");
        if (error != null) {
            String code = error.getString("code", "");
            if (code.startsWith("baduser") || code.startsWith("invaliduser") || code.equals("invalidtitle")) {
                return new NoAccount();
            }
            throw new CentralAuthUnavailableException("API error " + code + ": " + error.getString("info", ""));
        }
        JsonObject query = body.getJsonObject("query");
        JsonObject info = query == null ? null : query.getJsonObject("globaluserinfo");
        if (info == null) {
            throw new CentralAuthUnavailableException("answer without query.globaluserinfo");
        }
        if (info.containsKey("missing") && !Boolean.FALSE.equals(info.getValue("missing"))) {
            return new NoAccount();
        }
        Object id = info.getValue("id");
        if (!(id instanceof Number) && !(id instanceof String)) {
            throw new CentralAuthUnavailableException("globaluserinfo without an id");
        }
        String name = info.getString("name", username);
        if (info.containsKey("locked") && !Boolean.FALSE.equals(info.getValue("locked"))) {
            return new Locked(name);
        }
        return new Account(id instanceof Number number ? Long.toString(number.longValue()) : (String) id, name);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
