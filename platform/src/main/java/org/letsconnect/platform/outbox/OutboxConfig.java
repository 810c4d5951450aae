package org.letsconnect.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay publishes and keeps its table small. */
@ConfigMapping(prefix = "letsconnect.outbox")
public interface OutboxConfig {

    /** Whether this replica relays outbox events to Kafka (off where Debezium does it instead). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for committed events (read by the relay's schedule). */
    @WithDefault("0.5s")
    String pollInterval();

    /** How long after start the relay begins (read by the relay's schedule). */
    @WithDefault("1s")
    String startDelay();

    /** How many events one relay pass publishes at most. */
    @WithDefault("200")
    int batchSize();

    /** The first wait after a failed pass (broker unreachable); doubled on each further failure. */
    @WithDefault("1s")
    Duration initialBackoff();

    /** The longest wait between passes while the broker stays unreachable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long published events stay in the table (for inspection) before the purge deletes them. */
    @WithDefault("P7D")
    Duration retention();
}
