package org.letsconnect.clinic;

import io.quarkus.test.junit.QuarkusTest;

import org.letsconnect.testkit.ServiceConventionsTest;
import org.letsconnect.testkit.WithTestInfrastructure;

@QuarkusTest
@WithTestInfrastructure
class ClinicServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "clinic-service";
    }
}
