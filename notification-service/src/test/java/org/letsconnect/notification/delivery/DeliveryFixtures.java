package org.letsconnect.notification.delivery;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.notification.NotificationPlanner;
import org.letsconnect.notification.notification.PlannedNotification;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.Smtp;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/** Participants in the read model, planned notifications and what became of them, for the delivery tests. */
final class DeliveryFixtures {

    static final Duration WAIT = Duration.ofSeconds(30);

    private DeliveryFixtures() {
    }

    /** A participant as registry-service announces them, with {@code email} (none when null), in the read model. */
    static ParticipantProfile participant(EventProbe events, String email) {
        String username = "Delivery " + UUID.randomUUID();
        Instant now = Instant.now();
        ParticipantProfile profile = new ParticipantProfile(UUID.randomUUID().toString(),
                DevIssuer.subjectFor(username), username, username, null, "sub-saharan-africa", "NG", "UTC",
                List.of(new LanguageSkill("en", LanguageSkill.NATIVE)), List.of(), "individual-editor", 2020,
                List.of(), null, List.of(), List.of(), false, 0, "public", "en", List.of(), now, now);
        NotificationTest.known(events, profile, email);
        return profile;
    }

    static String address() {
        return "delivery-" + UUID.randomUUID() + "@example.org";
    }

    static PlannedNotification planned(ParticipantProfile profile, UUID spaceId, Instant dueAt) {
        return new PlannedNotification(UUID.randomUUID().toString(), RecipientKind.PARTICIPANT,
                UUID.fromString(profile.participantId()), Category.REMINDERS, "reminder-day", spaceId,
                Map.of("spaceId", String.valueOf(spaceId)), dueAt, false);
    }

    /** Plans them in one transaction; answers their notifications' ids. */
    static List<UUID> plan(NotificationPlanner planner, List<PlannedNotification> planned) {
        inTransaction(() -> planner.plan(planned));
        List<UUID> ids = new ArrayList<>();
        for (PlannedNotification one : planned) {
            ids.add(inSession(() -> Notification.<Notification> find("dedupKey", one.dedupKey()).firstResult()).id);
        }
        return ids;
    }

    static UUID plan(NotificationPlanner planner, PlannedNotification planned) {
        return plan(planner, List.of(planned)).get(0);
    }

    static Delivery delivery(UUID notificationId, String channel) {
        return inSession(() -> Delivery.<Delivery> find("notificationId = ?1 and channel = ?2", notificationId, channel)
                .firstResult());
    }

    static Delivery awaitDelivery(UUID notificationId, String channel, String status) {
        return await().atMost(WAIT).until(() -> delivery(notificationId, channel),
                delivery -> delivery != null && status.equals(delivery.status));
    }

    /** The mails received for {@code address}, oldest first. */
    static List<MimeMessage> mailsTo(Smtp smtp, String address) {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : smtp.received()) {
            try {
                Address[] recipients = message.getAllRecipients();
                if (recipients != null && recipients.length > 0 && address.equals(recipients[0].toString())) {
                    mails.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    static <T> T inSession(Supplier<Uni<T>> work) {
        return NotificationTest.inSession(work);
    }

    static <T> T inTransaction(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work::get));
        } catch (Throwable e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }
}
