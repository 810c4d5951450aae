package org.letsconnect.clinic;

import org.letsconnect.testkit.ServiceConventionsTest;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestInfrastructure
class ClinicServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "clinic-service";
    }
}
