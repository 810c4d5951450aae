package org.letsconnect.notification.recipient;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.GuestContact;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/** A guest's tombstone keeps the address for the cancellation notice, then the purge forgets it. */
@QuarkusTest
@WithTestInfrastructure
class GuestPurgeTest extends NotificationTest {

    @Inject
    Recipients recipients;

    @Test
    void theTombstoneKeepsTheAddressAnHourAndThePurgeThenDeletesIt() throws Throwable {
        UUID registration = UUID.randomUUID();
        events.publish(EventType.GUEST_CONTACT_CHANGED, new GuestContact(registration.toString(),
                UUID.randomUUID().toString(), "Halima Bello", "halima." + registration + "@example.org", "ha",
                "Africa/Lagos", Instant.now()));
        await().atMost(WAIT).until(() -> inSession(() -> Guest.<Guest> findById(registration)) != null);

        events.publishTombstone(EventType.GUEST_CONTACT_CHANGED, registration.toString());
        await().atMost(WAIT).until(() -> inSession(() -> Guest.<Guest> findById(registration)).forgetAfter != null);
        Guest kept = inSession(() -> Guest.<Guest> findById(registration));
        assertNotNull(kept.email, "still there for the cancellation notice");

        Instant now = Instant.now();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> recipients.purgeForgottenGuests(now)));
        assertNotNull(inSession(() -> Guest.<Guest> findById(registration)), "within the hour: kept");
        VertxContextSupport.subscribeAndAwait(() -> Panache
                .withTransaction(() -> recipients.purgeForgottenGuests(now.plus(Duration.ofHours(2)))));
        assertNull(inSession(() -> Guest.<Guest> findById(registration)));
    }
}
