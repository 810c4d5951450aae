package org.letsconnect.registry.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of a file uploaded to the registration import. */
@ConfigMapping(prefix = "letsconnect.registry.import")
public interface ImportConfig {

    /** The largest file accepted, in bytes (5 MB). */
    @WithDefault("5242880")
    long maxBytes();

    /** The most answers one file may have. */
    @WithDefault("10000")
    int maxRows();
}
