package org.letsconnect.registry.importing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The import and export tests' application: Meta-Wiki's CentralAuth API is {@link MetaWikiStandIn}, with a short
 * timeout. The export tests use the same profile so that both share one application start.
 */
public class ImportTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("letsconnect.registry.central-auth.url", MetaWikiStandIn.apiUrl(),
                "letsconnect.registry.central-auth.timeout", "3s");
    }
}
