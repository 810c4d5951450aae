package org.letsconnect.platform.security.wikimedia;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a bearer token into the person Meta-Wiki says it belongs to: from the cache when this token was verified
 * recently, else from Meta-Wiki's profile endpoint. A token Meta-Wiki refuses, an expired one, one for another
 * consumer or one without a person fails authentication (401); a blocked account is refused (403); Meta-Wiki
 * unable to answer is {@link SignInUnavailableException} (503).
 */
@ApplicationScoped
public class WikimediaIdentityProvider implements IdentityProvider<WikimediaTokenAuthenticationRequest> {

    /** Tolerated difference between our clock and Meta-Wiki's when judging {@code exp}. */
    static final Duration CLOCK_LEEWAY = Duration.ofSeconds(30);
    /** Longer than any token Meta-Wiki issues; longer ones are refused without being sent anywhere. */
    static final int MAX_TOKEN_LENGTH = 8192;

    private final WikimediaProfileClient client;
    private final WikimediaSignInConfig config;
    private final ProfileCache cache;
    private final Clock clock;

    public WikimediaIdentityProvider(WikimediaProfileClient client, WikimediaSignInConfig config, Clock clock) {
        this.client = client;
        this.config = config;
        this.clock = clock;
        this.cache = new ProfileCache(config.cacheTtl(), config.cacheMaxSize(), clock::instant, System::nanoTime);
    }

    @Override
    public Class<WikimediaTokenAuthenticationRequest> getRequestType() {
        return WikimediaTokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(WikimediaTokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String token = request.token();
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return refused("no usable bearer token");
        }
        UnverifiedClaims claims = UnverifiedClaims.of(token);
        if (claims.expiredBefore(clock.instant(), CLOCK_LEEWAY)) {
            return refused("the token has expired");
        }
        Set<String> allowed = config.allowedClients().orElse(Set.of());
        if (!allowed.isEmpty() && claims.audience().stream().noneMatch(allowed::contains)) {
            return refused("the token was issued to another OAuth consumer");
        }
        String key = UnverifiedClaims.hash(token);
        WikimediaProfile cached = cache.get(key);
        if (cached != null) {
            return identity(cached, token);
        }
        return client.fetch(token).flatMap(answer -> {
            if (answer instanceof WikimediaProfileClient.Valid valid) {
                WikimediaProfile profile;
                try {
                    profile = WikimediaProfile.from(valid.profile());
                } catch (IllegalArgumentException noPerson) {
                    return refused("Meta-Wiki's profile names no person");
                }
                cache.put(key, profile, claims.expiry());
                return identity(profile, token);
            }
            return refused("Meta-Wiki refused the token ("
                    + ((WikimediaProfileClient.Refused) answer).status() + ")");
        });
    }

    private static Uni<SecurityIdentity> identity(WikimediaProfile profile, String token) {
        try {
            return Uni.createFrom().item(profile.toIdentity(token));
        } catch (RuntimeException blocked) {
            Log.debugf("Wikimedia sign-in refused for %s: %s", profile.subject(), blocked.getMessage());
            return Uni.createFrom().failure(blocked);
        }
    }

    private static Uni<SecurityIdentity> refused(String reason) {
        Log.debugf("Wikimedia sign-in failed: %s", reason);
        return Uni.createFrom().failure(new AuthenticationFailedException(reason));
    }

    /** For tests: forgets every remembered verification. */
    void clearCache() {
        cache.clear();
    }
}
