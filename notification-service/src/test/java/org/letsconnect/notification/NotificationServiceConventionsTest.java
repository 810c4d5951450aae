package org.letsconnect.notification;

import io.quarkus.test.junit.QuarkusTest;

import org.letsconnect.testkit.ServiceConventionsTest;
import org.letsconnect.testkit.WithTestInfrastructure;

@QuarkusTest
@WithTestInfrastructure
class NotificationServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "notification-service";
    }
}
