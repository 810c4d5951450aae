package org.letsconnect.platform.security.wikimedia;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;
import org.letsconnect.platform.security.SecurityConfig;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start the prod profile with settings that would trust the development issuer, and warns when no way
 * of verifying Wikimedia tokens is left on.
 */
@ApplicationScoped
public class ProdSignInGuard {

    private final SecurityConfig security;
    private final WikimediaSignInConfig wikimedia;

    public ProdSignInGuard(SecurityConfig security, WikimediaSignInConfig wikimedia) {
        this.security = security;
        this.wikimedia = wikimedia;
    }

    void check(@Observes StartupEvent started) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        if (security.trustTokenRoles()) {
            throw new IllegalStateException("letsconnect.security.trust-token-roles is on in the prod profile: only the"
                    + " development issuer puts roles in tokens, and it must never be trusted in production");
        }
        boolean oidcTenant = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(true);
        if (!wikimedia.profileVerification() && !oidcTenant) {
            Log.warn("Wikimedia sign-in: profile verification is off and the quarkus-oidc default tenant is disabled,"
                    + " so no bearer token can be verified; see docs/wikimedia-sign-in.md");
        }
    }
}
