package org.letsconnect.platform.security.wikimedia;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The prod profile's own settings (microprofile-config.properties, "Wikimedia sign-in (prod)"), with only the
 * profile endpoint pointed at the stand-in.
 */
public class ProdConfigurationTestProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "prod";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("letsconnect.security.wikimedia.allowed-clients", ProfileVerificationTestProfile.CLIENT_ID);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(MetaWikiStandIn.class));
    }
}
