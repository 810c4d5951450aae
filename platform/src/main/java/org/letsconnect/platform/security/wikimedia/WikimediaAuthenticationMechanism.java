package org.letsconnect.platform.security.wikimedia;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Takes the bearer token of a request to {@link WikimediaIdentityProvider} when
 * {@code letsconnect.security.wikimedia.profile-verification} is on; otherwise steps aside (answers nothing), and
 * quarkus-oidc verifies tokens as configured. Its priority is above quarkus-oidc's (1001 by default), so while on it
 * decides alone about every bearer token; the prod profile also disables quarkus-oidc's default tenant, which could
 * not verify Meta-Wiki's tokens anyway (no JWKS, no introspection).
 */
@ApplicationScoped
public class WikimediaAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Above quarkus-oidc's default ({@code quarkus.oidc.priority} = 1001). */
    public static final int PRIORITY = HttpAuthenticationMechanism.DEFAULT_PRIORITY + 100;

    private static final String BEARER = "bearer";

    private final WikimediaSignInConfig config;

    public WikimediaAuthenticationMechanism(WikimediaSignInConfig config) {
        this.config = config;
    }

    void announce(@Observes StartupEvent started) {
        if (!config.profileVerification()) {
            return;
        }
        Log.infof("Wikimedia sign-in: bearer tokens are verified through %s (remembered up to %s, %d at most)",
                config.profileUrl(), config.cacheTtl(), config.cacheMaxSize());
        if (config.allowedClients().map(Set::isEmpty).orElse(true)) {
            Log.warn("Wikimedia sign-in: letsconnect.security.wikimedia.allowed-clients is not set, so tokens issued to"
                    + " any Meta-Wiki OAuth consumer are accepted; set it to this programme's client ids");
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!config.profileVerification()) {
            return Uni.createFrom().nullItem();
        }
        String token = bearerToken(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            // no token: anonymous; an endpoint that needs a person refuses with 401
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(
                new WikimediaTokenAuthenticationRequest(token), context);
        return identityProviderManager.authenticate(request);
    }

    /** The token of an {@code Authorization: Bearer …} header, or null. */
    static String bearerToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        int space = authorization.indexOf(' ');
        if (space <= 0 || !authorization.substring(0, space).equalsIgnoreCase(BEARER)) {
            return null;
        }
        String token = authorization.substring(space + 1).trim();
        return token.isEmpty() ? null : token;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!config.profileVerification()) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(WikimediaTokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        if (!config.profileVerification()) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, BEARER));
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
