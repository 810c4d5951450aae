package org.letsconnect.matching.connection;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The rules of the connection lifecycle that the programme may tune (application.properties documents each). */
@ConfigMapping(prefix = "letsconnect.matching.connections")
public interface ConnectionConfig {

    /** A request or proposal left unanswered this long expires, and the learner is offered the next candidate. */
    @WithDefault("P7D")
    Duration expiry();

    /** How many requests a learner may have waiting at once (requested, proposed or open). */
    @WithDefault("5")
    int maxOpenPerLearner();

    /** After one side confirmed that the connection took place, it completes by itself this much later. */
    @WithDefault("P7D")
    Duration completionTimeout();

    /** A sharer who let this many requests expire in a row, without answering one in between, is set away. */
    @WithDefault("2")
    int awayAfterExpiries();

    /** After a decline, the learner may not ask the same sharer for the same skill again for this long. */
    @WithDefault("P30D")
    Duration declineCooldown();

    /** An open request (no sharer yet) older than this counts as unmatched for organizers. */
    @WithDefault("P14D")
    Duration unmatchedAfter();

    /** A sharer with this many requests waiting for their answer counts as overloaded for organizers. */
    @WithDefault("3")
    int overloadedPending();

    /** How often expiries and completion timeouts are checked ({@code off} disables it; read by the scheduler). */
    @WithDefault("1m")
    String checkEvery();
}
