package org.letsconnect.notification.delivery;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the due queue is worked: how often, how much at a time, how long a claim holds, how failures are retried. */
@ConfigMapping(prefix = "letsconnect.notification.delivery")
public interface DeliveryConfig {

    /** Whether this replica sends (a replica may only serve the API). */
    @WithDefault("true")
    boolean enabled();

    /** How often a pass looks for due deliveries (read by the worker's schedule). */
    @WithDefault("1s")
    String every();

    /** How long after start the first pass runs (read by the worker's schedule). */
    @WithDefault("1s")
    String startDelay();

    /** How many due deliveries one pass claims, and sends at once, at most. */
    @WithDefault("50")
    int batchSize();

    /**
     * How long a claim holds: no other pass takes the delivery meanwhile, and a crashed worker's deliveries come back
     * when it ends. Far longer than any send takes (the mailer's own timeouts are shorter), so it is never stolen
     * while a send is in progress.
     */
    @WithDefault("5m")
    Duration lease();

    /** The attempts after which a delivery that keeps failing for now is given up ({@code dead}). */
    @WithDefault("8")
    int maxAttempts();

    /** Retries of temporary failures. */
    Backoff backoff();

    interface Backoff {
        /** The wait after the first failed attempt. */
        @WithDefault("1m")
        Duration initial();

        /** What each further failed attempt multiplies the wait by. */
        @WithDefault("2.0")
        double factor();

        /** The longest wait. */
        @WithDefault("6h")
        Duration max();

        /** The share of the wait taken off at random, so that retries after an outage spread out (0 to 1). */
        @WithDefault("0.5")
        double jitter();
    }
}
