package org.letsconnect.platform.security.wikimedia;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How access tokens from Wikimedia's OAuth 2.0 on Meta-Wiki are verified when Meta-Wiki publishes no key to verify
 * them with: by asking Meta-Wiki's profile endpoint, and remembering the answer for a while.
 */
@ConfigMapping(prefix = "letsconnect.security.wikimedia")
public interface WikimediaSignInConfig {

    /**
     * Whether bearer tokens are verified through Meta-Wiki's profile endpoint ({@link #profileUrl()}). On in the
     * prod profile; off where quarkus-oidc verifies tokens itself (the development issuer's JWKS locally and in
     * tests, or a configured Meta-Wiki public key). While on, this check takes every bearer token before
     * quarkus-oidc's.
     */
    @WithDefault("false")
    boolean profileVerification();

    /** Meta-Wiki's OAuth 2.0 profile endpoint: answers 200 with the person's profile for a valid token, else 401. */
    @WithDefault("https://meta.wikimedia.org/w/rest.php/oauth2/resource/profile")
    String profileUrl();

    /**
     * How long a verified profile is remembered, keyed by a SHA-256 hash of the token. Never longer than the
     * token itself lives (its {@code exp}). A revoked token or a new block takes effect at most this late.
     * Zero turns the cache off.
     */
    @WithDefault("PT5M")
    Duration cacheTtl();

    /** How many verified tokens are remembered at most; the least useful are forgotten first. Zero turns it off. */
    @WithDefault("10000")
    long cacheMaxSize();

    /** The longest wait for Meta-Wiki's answer (connecting included) before sign-in is reported unavailable. */
    @WithDefault("PT5S")
    Duration timeout();

    /**
     * The OAuth 2.0 client ids (consumer keys registered on Meta-Wiki) whose tokens are accepted, compared with
     * the token's {@code aud}. Unset accepts a token issued to any Meta-Wiki consumer, which lets whoever runs any
     * other consumer a person signed in to replay that person's token here: set it in production.
     */
    Optional<Set<String>> allowedClients();

    /**
     * The User-Agent sent to Meta-Wiki. Wikimedia's User-Agent policy asks for a name and a way to reach the
     * operator; add a contact address or page to it in production.
     */
    @WithDefault("LetsConnect/1.0 (Wikimedia Let's Connect programme platform)")
    String userAgent();
}
