package org.letsconnect.registry.importing;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Meta-Wiki's CentralAuth API, which the registration import asks for the central user id of each username. */
@ConfigMapping(prefix = "letsconnect.registry.central-auth")
public interface CentralAuthConfig {

    /** The action API of Meta-Wiki (locally, of the development issuer, which answers the same question). */
    @WithDefault("https://meta.wikimedia.org/w/api.php")
    String url();

    /**
     * The User-Agent sent to Meta-Wiki. Wikimedia's User-Agent policy asks for a name and a way to reach the
     * operator: add a contact address or page in production.
     */
    @WithDefault("LetsConnect/1.0 (Wikimedia Let's Connect programme platform; registration import)")
    String userAgent();

    /** The longest wait for one answer (connecting included) before Meta-Wiki counts as unreachable. */
    @WithDefault("10s")
    Duration timeout();

    /** How many lookups run at once. */
    @WithDefault("4")
    int concurrency();
}
