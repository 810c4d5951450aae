package org.letsconnect.platform.ratelimit;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limits of the endpoints that need no token, each named by the service that applies it
 * ({@code letsconnect.rate-limit.limits.guest-registration-per-address.requests=10},
 * {@code ….period=1M}); an environment variable overrides any of them
 * ({@code LETSCONNECT_RATE_LIMIT_LIMITS_GUEST_REGISTRATION_PER_ADDRESS_REQUESTS}). Buckets live in this replica's
 * memory: with n replicas behind a load balancer, a client gets up to n times the limit.
 */
@ConfigMapping(prefix = "letsconnect.rate-limit")
public interface RateLimitConfig {

    /** Off lets every request through (a load test of an unauthenticated endpoint, say); on in every profile. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How many keys (client addresses, spaces) one limit remembers; the least recently seen are forgotten first, so a
     * flood of new addresses costs bounded memory.
     */
    @WithDefault("100000")
    long maxKeys();

    /** The limits by name. */
    Map<String, Limit> limits();

    /** At most {@code requests} per {@code period} and key, refilled evenly over the period (a token bucket). */
    interface Limit {

        /** The requests allowed in one period, also the burst a fresh key may send at once. */
        int requests();

        /** The period, as a duration ({@code 1M}, {@code 1H}, {@code PT30S}). */
        Duration period();
    }
}
