package org.letsconnect.notification.preference;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.GuestContact;
import org.letsconnect.contracts.registry.ContactChanged;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.contracts.registry.Regions;
import org.letsconnect.notification.recipient.Guest;
import org.letsconnect.notification.recipient.Recipient;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * People as the registry and clinic-service announce them, put into the read model for the tests of preferences,
 * unsubscribe and the inbox, and a way to run the service's reactive code from a test.
 */
public final class TestPeople {

    /** A participant as the read model knows them, and their token. */
    public record Person(UUID participantId, String subject, String username, String token) {
    }

    private TestPeople() {
    }

    /** A new participant (profile and contact data, in a language and zone), waited for until the read model has them. */
    public static Person participant(EventProbe events, DevIssuer issuer, String language, String timeZone) {
        String username = "Participant " + UUID.randomUUID();
        String subject = DevIssuer.subjectFor(username);
        UUID participantId = UUID.randomUUID();
        Instant now = Instant.now();
        events.publish(EventType.PARTICIPANT_REGISTERED, new ParticipantProfile(participantId.toString(), subject,
                username, username, null, Regions.NORTHERN_WESTERN_EUROPE, "FR", timeZone, List.of(new LanguageSkill(language,
                        LanguageSkill.NATIVE)),
                List.of(), "individual-editor", 2020, List.of(), null,
                List.of("Q54871"), List.of(), false, 0, "public", language, List.of(), now, now));
        events.publish(EventType.CONTACT_CHANGED, new ContactChanged(participantId.toString(), subject,
                "person-" + participantId + "@example.org", language, timeZone, now));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Recipient recipient = run(() -> Panache.withSession(() -> Recipient.<Recipient> findById(participantId)));
            return recipient != null && recipient.email != null && subject.equals(recipient.subject);
        });
        return new Person(participantId, subject, username, issuer.token(username));
    }

    /** A guest registered for a space, waited for until the read model has them; answers the registration id. */
    public static UUID guest(EventProbe events, String language) {
        UUID registrationId = UUID.randomUUID();
        events.publish(EventType.GUEST_CONTACT_CHANGED, new GuestContact(registrationId.toString(),
                UUID.randomUUID().toString(), "Guest " + registrationId, "guest-" + registrationId + "@example.org",
                language, "UTC", Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> run(() -> Panache.withSession(() -> Guest.<Guest> findById(registrationId))) != null);
        return registrationId;
    }

    /** Runs reactive code on a Vert.x context and waits for its item. */
    public static <T> T run(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
