package org.letsconnect.notification;

import org.letsconnect.testkit.ServiceConventionsTest;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestInfrastructure
class NotificationServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "notification-service";
    }
}
