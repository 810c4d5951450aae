package org.letsconnect.platform.security.wikimedia;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Sign-in as in prod: tokens verified through (a stand-in for) Meta-Wiki's profile endpoint, quarkus-oidc off. */
public class ProfileVerificationTestProfile implements QuarkusTestProfile {

    static final String CLIENT_ID = "letsconnect-test-client";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "letsconnect.security.wikimedia.profile-verification", "true",
                "letsconnect.security.wikimedia.allowed-clients", CLIENT_ID,
                "letsconnect.security.wikimedia.timeout", "PT2S",
                "letsconnect.security.wikimedia.cache-ttl", "PT5M",
                // as in prod: the default tenant does not try Meta-Wiki's tokens
                "quarkus.oidc.tenant-enabled", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(MetaWikiStandIn.class));
    }
}
