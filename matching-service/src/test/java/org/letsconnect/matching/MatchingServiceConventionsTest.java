package org.letsconnect.matching;

import org.letsconnect.testkit.ServiceConventionsTest;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestInfrastructure
class MatchingServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "matching-service";
    }
}
