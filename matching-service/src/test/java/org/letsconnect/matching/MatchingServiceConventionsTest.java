package org.letsconnect.matching;

import io.quarkus.test.junit.QuarkusTest;

import org.letsconnect.testkit.ServiceConventionsTest;
import org.letsconnect.testkit.WithTestInfrastructure;

@QuarkusTest
@WithTestInfrastructure
class MatchingServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "matching-service";
    }
}
