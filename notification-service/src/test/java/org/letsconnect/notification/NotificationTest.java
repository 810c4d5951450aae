package org.letsconnect.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.SpaceStates;
import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.contracts.registry.ContactChanged;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.recipient.Recipient;
import org.letsconnect.notification.space.KnownSpace;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * What notification-service tests start from: the token issuer, the event probe, and ways to put people and spaces
 * into the read models through the real topics and to look at what was planned. A test class extends it and carries
 * {@code @QuarkusTest @WithTestInfrastructure} itself.
 */
public abstract class NotificationTest {

    protected static final Duration WAIT = Duration.ofSeconds(30);

    @InjectInfrastructure
    protected DevIssuer issuer;
    @InjectInfrastructure
    protected EventProbe events;

    /** A person known to the registry: their ids and token subject. */
    public record Person(UUID participantId, String username, String subject) {
    }

    /**
     * Publishes a profile and a contact (address {@code <username>@example.org} unless {@code email} is null) and
     * waits until the read model has both.
     */
    protected Person person(String username, String language, String timeZone, List<String> skillsToLearn,
            List<String> spokenLanguages, boolean withEmail) {
        UUID id = UUID.randomUUID();
        String subject = DevIssuer.subjectFor(username);
        List<LanguageSkill> languages = new ArrayList<>();
        for (String code : spokenLanguages) {
            languages.add(new LanguageSkill(code, "native"));
        }
        Instant now = Instant.now();
        known(events, new ParticipantProfile(id.toString(), subject, username, username, null, "sub-saharan-africa",
                "NG", timeZone, languages, List.of(), "individual-editor", 2020, List.of(), null, skillsToLearn,
                List.of(), true, 2, ParticipantProfile.VISIBILITY_PUBLIC, language, List.of(), now, now),
                withEmail ? username.toLowerCase().replace(' ', '.') + "@example.org" : null);
        return new Person(id, username, subject);
    }

    /**
     * Publishes the profile and a contact with {@code email} (none when null) in the profile's notification language
     * and zone, as registry-service would, and waits until the read model has both.
     */
    public static void known(EventProbe events, ParticipantProfile profile, String email) {
        events.publish(EventType.PARTICIPANT_REGISTERED, profile);
        events.publish(EventType.CONTACT_CHANGED, new ContactChanged(profile.participantId(), profile.subject(), email,
                profile.notificationLanguage(), profile.timeZone(), profile.updatedAt()));
        UUID id = UUID.fromString(profile.participantId());
        await().atMost(WAIT).until(() -> {
            Recipient recipient = inSession(() -> Recipient.<Recipient> findById(id));
            return recipient != null && recipient.profileAt != null && recipient.contactAt != null;
        });
    }

    /** A space summary to publish: a Learning Clinic with titles in English and French. */
    protected static SpaceSummary space(UUID spaceId, String title, List<String> skills, String sessionLanguage,
            List<String> interpretation, Instant startsAt, String state, List<UUID> sharers) {
        List<String> sharerIds = new ArrayList<>();
        sharers.forEach(id -> sharerIds.add(id.toString()));
        return new SpaceSummary(spaceId.toString(), SpaceSummary.LEARNING_CLINIC,
                Map.of("en", title, "fr", title + " (fr)"), Map.of("en", "About " + title), skills, sessionLanguage,
                interpretation, null, startsAt, startsAt.plus(Duration.ofHours(2)), "Africa/Lagos", 45, sharerIds,
                List.of(), null, state);
    }

    /** Publishes a space and waits until the read model has it in that state. */
    protected void publishSpace(EventType type, SpaceSummary summary) {
        events.publish(type, summary);
        UUID id = UUID.fromString(summary.spaceId());
        await().atMost(WAIT).until(() -> {
            KnownSpace space = inSession(() -> KnownSpace.<KnownSpace> findById(id));
            return space != null && summary.state().equals(space.state)
                    && summary.startsAt().equals(space.startsAt);
        });
    }

    /** The notifications planned for a space, oldest first. */
    protected static List<Notification> notificationsOf(UUID spaceId) {
        return inSession(() -> Notification.<Notification> list("spaceId = ?1 order by createdAt, template", spaceId));
    }

    /** The notifications planned for a recipient, oldest first. */
    protected static List<Notification> notificationsFor(UUID recipientId) {
        return inSession(
                () -> Notification.<Notification> list("recipientId = ?1 order by createdAt, template", recipientId));
    }

    /** A notification's deliveries. */
    protected static List<Delivery> deliveriesOf(Notification notification) {
        return inSession(() -> Delivery.<Delivery> list("notificationId = ?1 order by channel", notification.id));
    }

    /** Runs a query in a session on a Vert.x context and waits for its result. */
    public static <T> T inSession(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(work::get));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The states a space in preparation is published in. */
    protected static final String IN_PREPARATION = SpaceStates.IN_PREPARATION;
}
