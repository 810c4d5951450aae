package org.letsconnect.platform.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where programme roles come from besides the roles read model. */
@ConfigMapping(prefix = "letsconnect.security")
public interface SecurityConfig {

    /**
     * Whether a {@code roles} claim in the token adds roles. Only the development issuer puts one there, so
     * this is on in the dev, local and test profiles and must stay off in prod, where Meta-Wiki issues tokens.
     */
    @WithDefault("false")
    boolean trustTokenRoles();

    /** Wikimedia usernames that are admins whatever the read model says, so the first admin can grant roles. */
    Optional<List<String>> bootstrapAdmins();
}
