package org.letsconnect.matching.candidate;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How {@link CandidateFeed} reads {@code registry.participants.v1}. */
@ConfigMapping(prefix = "letsconnect.matching.candidates")
public interface CandidateFeedConfig {

    /** The compacted topic of public profiles. */
    @WithDefault("registry.participants.v1")
    String topic();

    /** How long one poll waits for records. */
    @WithDefault("PT0.5S")
    Duration pollTimeout();

    /** How often the topic's partitions are looked up again (an operator may add partitions). */
    @WithDefault("PT1M")
    Duration partitionCheckEvery();

    /** The wait before trying again after the broker could not be reached. */
    @WithDefault("PT2S")
    Duration retryAfter();
}
