package org.letsconnect.registry;

import org.letsconnect.testkit.ServiceConventionsTest;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestInfrastructure
class RegistryServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "registry-service";
    }
}
