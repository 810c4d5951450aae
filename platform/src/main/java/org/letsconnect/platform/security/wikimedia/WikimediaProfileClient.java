package org.letsconnect.platform.security.wikimedia;

import java.time.temporal.ChronoUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Asks Meta-Wiki's profile endpoint who a token belongs to, without blocking, guarded by SmallRye Fault Tolerance:
 * a time limit ({@code letsconnect.security.wikimedia.timeout}) and a circuit breaker that stops calling for a
 * while once most recent calls failed, so an outage costs callers a quick 503 instead of a wait each.
 */
@ApplicationScoped
public class WikimediaProfileClient {

    /** What Meta-Wiki said about a token. */
    public sealed interface Answer {
    }

    /** 200: the token is valid, and this is its person. */
    public record Valid(JsonObject profile) implements Answer {
    }

    /** 400/401/403: the token is not (or no longer) valid. */
    public record Refused(int status) implements Answer {
    }

    private static final TypeLiteral<Uni<Answer>> ANSWER = new TypeLiteral<>() {
    };

    private final WebClient client;
    private final WikimediaSignInConfig config;
    private final TypedGuard<Uni<Answer>> guard;

    public WikimediaProfileClient(Vertx vertx, WikimediaSignInConfig config) {
        this.config = config;
        long timeoutMillis = Math.max(1, config.timeout().toMillis());
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMillis))
                .setUserAgent(config.userAgent())
                .setFollowRedirects(false));
        this.guard = TypedGuard.create(ANSWER)
                .withDescription("Meta-Wiki profile endpoint")
                .withTimeout().duration(timeoutMillis, ChronoUnit.MILLIS).done()
                .withCircuitBreaker()
                .name("wikimedia-profile")
                .requestVolumeThreshold(10)
                .failureRatio(0.5)
                .delay(10, ChronoUnit.SECONDS)
                .successThreshold(1)
                .done()
                .withThreadOffload(false)
                .build();
    }

    /**
     * Asks Meta-Wiki about a token.
     *
     * @return the answer, or a failure with {@link SignInUnavailableException} when Meta-Wiki could not answer
     */
    public Uni<Answer> fetch(String token) {
        return guard.get(() -> call(token))
                .onFailure().transform(WikimediaProfileClient::unavailable);
    }

    private Uni<Answer> call(String token) {
        return client.getAbs(config.profileUrl())
                .bearerTokenAuthentication(token)
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
                .send()
                .map(WikimediaProfileClient::answer);
    }

    private static Answer answer(HttpResponse<Buffer> response) {
        int status = response.statusCode();
        if (status == 200) {
            try {
                return new Valid(response.bodyAsJsonObject());
            } catch (RuntimeException unreadable) {
                throw new SignInUnavailableException("Meta-Wiki's profile answer is not a JSON object");
            }
        }
        if (status == 400 || status == 401 || status == 403) {
            return new Refused(status);
        }
        // 429, 5xx, or anything unexpected (a wrong profile-url gives 404): not the caller's fault
        throw new SignInUnavailableException("Meta-Wiki's profile endpoint answered " + status);
    }

    private static Throwable unavailable(Throwable failure) {
        if (failure instanceof SignInUnavailableException unavailable) {
            Log.warnf("Wikimedia sign-in unavailable: %s", unavailable.getMessage());
            return unavailable;
        }
        String reason = failure instanceof CircuitBreakerOpenException
                ? "circuit breaker open after repeated failures"
                : failure instanceof TimeoutException ? "no answer in time" : failure.toString();
        Log.warnf("Wikimedia sign-in unavailable: Meta-Wiki's profile endpoint: %s", reason);
        return new SignInUnavailableException("Meta-Wiki's profile endpoint: " + reason, failure);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
