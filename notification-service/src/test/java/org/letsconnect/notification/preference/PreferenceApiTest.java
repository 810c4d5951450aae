package org.letsconnect.notification.preference;

import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.GuestContact;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.notification.recipient.Guest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * What the tests of preferences, unsubscribe and the inbox start from: {@link NotificationTest} plus participants
 * with their tokens, guests, and running code in a transaction. A test class extends it and carries
 * {@code @QuarkusTest @WithTestInfrastructure(smtp = true)} itself.
 */
public abstract class PreferenceApiTest extends NotificationTest {

    /** A new participant speaking and reading the language, in the zone, with an address; known to the read model. */
    protected Person participant(String language, String timeZone) {
        return person("Participant " + UUID.randomUUID(), language, timeZone, List.of(), List.of(language), true);
    }

    /** A token for the participant. */
    protected String token(Person person) {
        return issuer.token(person.username());
    }

    /** A guest registered for a space, known to the read model; answers the registration id. */
    protected UUID guest(String language) {
        UUID registrationId = UUID.randomUUID();
        events.publish(EventType.GUEST_CONTACT_CHANGED, new GuestContact(registrationId.toString(),
                UUID.randomUUID().toString(), "Guest " + registrationId, "guest-" + registrationId + "@example.org",
                language, "UTC", Instant.now()));
        await().atMost(WAIT).until(() -> inSession(() -> Guest.<Guest> findById(registrationId)) != null);
        return registrationId;
    }

    /** Runs work in a transaction on a Vert.x context and waits for its result. */
    protected static <T> T inTransaction(Supplier<Uni<T>> work) {
        return inSession(() -> Panache.withTransaction(work::get));
    }
}
