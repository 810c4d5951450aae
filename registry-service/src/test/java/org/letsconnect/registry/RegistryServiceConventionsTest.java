package org.letsconnect.registry;

import io.quarkus.test.junit.QuarkusTest;

import org.letsconnect.testkit.ServiceConventionsTest;
import org.letsconnect.testkit.WithTestInfrastructure;

@QuarkusTest
@WithTestInfrastructure
class RegistryServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "registry-service";
    }
}
