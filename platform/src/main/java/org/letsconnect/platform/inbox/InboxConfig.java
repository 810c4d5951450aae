package org.letsconnect.platform.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How consumers retry and how long they remember the events they applied. */
@ConfigMapping(prefix = "letsconnect.inbox")
public interface InboxConfig {

    /** How many times a failing event is retried before it goes to the dead-letter topic. */
    @WithDefault("3")
    int maxRetries();

    /** The first wait between retries of a failing event; doubled each time. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** How long an applied event id is remembered; redeliveries happen within minutes, not weeks. */
    @WithDefault("P14D")
    Duration retention();
}
