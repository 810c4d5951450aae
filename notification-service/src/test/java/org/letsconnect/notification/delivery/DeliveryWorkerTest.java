package org.letsconnect.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.letsconnect.notification.delivery.DeliveryFixtures.WAIT;
import static org.letsconnect.notification.delivery.DeliveryFixtures.address;
import static org.letsconnect.notification.delivery.DeliveryFixtures.awaitDelivery;
import static org.letsconnect.notification.delivery.DeliveryFixtures.delivery;
import static org.letsconnect.notification.delivery.DeliveryFixtures.inSession;
import static org.letsconnect.notification.delivery.DeliveryFixtures.inTransaction;
import static org.letsconnect.notification.delivery.DeliveryFixtures.mailsTo;
import static org.letsconnect.notification.delivery.DeliveryFixtures.participant;
import static org.letsconnect.notification.delivery.DeliveryFixtures.plan;
import static org.letsconnect.notification.delivery.DeliveryFixtures.planned;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.notification.email.EmailChannel;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.NotificationPlanner;
import org.letsconnect.notification.notification.PlannedNotification;
import org.letsconnect.notification.recipient.Guest;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.notification.unsubscribe.UnsubscribeTokens;
import org.letsconnect.testkit.EventProbe;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.Smtp;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestInfrastructure(smtp = true)
class DeliveryWorkerTest {

    @InjectInfrastructure
    EventProbe events;
    @InjectInfrastructure
    Smtp smtp;
    @Inject
    NotificationPlanner planner;
    @Inject
    DeliveryWorker worker;
    @Inject
    TurnOffRecorder preferences;
    @Inject
    UnsubscribeTokens tokens;

    @Test
    void aPlannedNotificationArrivesOnceByMailWithItsHeadersAndBothAlternatives() throws Exception {
        String address = address();
        ParticipantProfile amina = participant(events, address);
        UUID notification = plan(planner, planned(amina, UUID.randomUUID(), null));

        Delivery email = awaitDelivery(notification, Channel.EMAIL, Delivery.SENT);
        Delivery inApp = awaitDelivery(notification, Channel.IN_APP, Delivery.SENT);
        assertEquals(1, email.attempts);
        assertEquals("en", email.language);
        assertNotNull(email.sentAt);
        assertNotNull(inApp.sentAt);

        // both deliveries sent: the mail is there, and once only
        List<MimeMessage> mails = mailsTo(smtp, address);
        assertEquals(1, mails.size());
        MimeMessage mail = mails.get(0);
        assertEquals("<" + email.id + "@letsconnect.wikimedia.org>", mail.getHeader("Message-ID", null));
        String unsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertTrue(unsubscribe.startsWith("<https://") && unsubscribe.endsWith(">"), unsubscribe);
        // the one-click link's signed token names this person and the notification's category
        String token = unsubscribe.substring(unsubscribe.lastIndexOf('/') + 1, unsubscribe.length() - 1);
        assertEquals(new UnsubscribeTokens.Subject(RecipientKind.PARTICIPANT, UUID.fromString(amina.participantId()),
                Category.REMINDERS), tokens.read(token).orElseThrow(), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        assertEquals("en", mail.getHeader("Content-Language", null));
        assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
        Multipart alternatives = (Multipart) mail.getContent();
        Set<String> types = new HashSet<>();
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart part = alternatives.getBodyPart(i);
            types.add(part.getContentType().split(";")[0].trim().toLowerCase());
        }
        assertEquals(Set.of("text/plain", "text/html"), types);

        List<JsonNode> sent = events.awaitEvents(EventType.DELIVERY_SENT, notification.toString(), 2, WAIT);
        Set<String> channels = new HashSet<>();
        for (JsonNode event : sent) {
            assertFalse(event.toString().contains("@"), event::toString);
            JsonNode data = event.get("data");
            assertEquals(amina.participantId(), data.get("participantId").asText());
            assertEquals("reminder-day", data.get("templateKey").asText());
            assertEquals("en", data.get("language").asText());
            channels.add(data.get("channel").asText());
        }
        assertEquals(Set.of(Channel.EMAIL, Channel.IN_APP), channels);
    }

    @Test
    void concurrentPassesNeverSendADeliveryTwice() throws Exception {
        String address = address();
        ParticipantProfile kofi = participant(events, address);
        List<PlannedNotification> planned = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            planned.add(planned(kofi, UUID.randomUUID(), null));
        }
        List<UUID> notifications = plan(planner, planned);
        long start = System.nanoTime();

        // four passes at a time, over and over, while the scheduled passes go on too
        ExecutorService passes = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                running.add(passes.submit(() -> {
                    int idle = 0;
                    while (idle < 3) {
                        idle = worker.pass().await().atMost(WAIT) == 0 ? idle + 1 : 0;
                    }
                }));
            }
            for (Future<?> pass : running) {
                pass.get();
            }
        } finally {
            passes.shutdownNow();
        }
        await().atMost(WAIT).until(() -> inSession(() -> Delivery.count(
                "notificationId in ?1 and channel = ?2 and status = ?3", notifications, Channel.EMAIL, Delivery.SENT)),
                sent -> sent == 50);
        System.out.printf("50 deliveries sent in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        List<MimeMessage> mails = mailsTo(smtp, address);
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage mail : mails) {
            messageIds.add(mail.getHeader("Message-ID", null));
        }
        assertEquals(50, messageIds.size());
        assertEquals(50, mails.size());
        for (UUID notification : notifications) {
            assertEquals(1, delivery(notification, Channel.EMAIL).attempts);
        }
    }

    @Test
    void aTemporaryFailureIsTriedAgainLaterAndThenSent() {
        String address = address();
        ParticipantProfile lina = participant(events, address);
        smtp.refuse(address, "451 4.3.0 Try again later");
        UUID notification;
        try {
            notification = plan(planner, planned(lina, UUID.randomUUID(), null));
            Delivery waiting = await().atMost(WAIT).until(() -> delivery(notification, Channel.EMAIL),
                    // the second attempt failed too (its outcome recorded: no lease)
                    d -> d != null && d.attempts >= 2 && d.leaseUntil == null
                            && EmailChannel.SMTP_TEMPORARY.equals(d.reason));
            assertEquals(Delivery.PENDING, waiting.status);
            assertTrue(mailsTo(smtp, address).isEmpty());
        } finally {
            smtp.accept(address);
        }
        Delivery sent = awaitDelivery(notification, Channel.EMAIL, Delivery.SENT);
        assertTrue(sent.attempts >= 3, "attempts " + sent.attempts);
        assertEquals(1, mailsTo(smtp, address).size());
        assertTrue(events.published(EventType.DELIVERY_FAILED, notification.toString()).isEmpty());
    }

    @Test
    void aPermanentFailureFailsAtOnceAndTurnsEmailOff() {
        String address = address();
        ParticipantProfile noor = participant(events, address);
        smtp.refuse(address, "550 5.1.1 No such user");
        try {
            UUID notification = plan(planner, planned(noor, UUID.randomUUID(), null));
            Delivery failed = awaitDelivery(notification, Channel.EMAIL, Delivery.FAILED);
            assertEquals(EmailChannel.UNKNOWN_ADDRESS, failed.reason);
            assertEquals(1, failed.attempts);
            UUID id = UUID.fromString(noor.participantId());
            assertTrue(preferences.turnedOff().contains(new TurnOffRecorder.TurnedOff(RecipientKind.PARTICIPANT, id,
                    Channel.EMAIL, EmailChannel.UNKNOWN_ADDRESS)), () -> preferences.turnedOff().toString());

            JsonNode event = events.awaitEvent(EventType.DELIVERY_FAILED, notification.toString(), WAIT);
            assertFalse(event.toString().contains("@"), event::toString);
            assertEquals(Channel.EMAIL, event.get("data").get("channel").asText());
            assertEquals(EmailChannel.UNKNOWN_ADDRESS, event.get("data").get("reason").asText());
            assertEquals(noor.participantId(), event.get("data").get("participantId").asText());
            assertTrue(mailsTo(smtp, address).isEmpty());
        } finally {
            smtp.accept(address);
        }
    }

    @Test
    void aParticipantWithoutAnAddressGetsTheInboxButNoMail() {
        ParticipantProfile omar = participant(events, null);
        UUID notification = plan(planner, planned(omar, UUID.randomUUID(), null));

        Delivery email = awaitDelivery(notification, Channel.EMAIL, Delivery.FAILED);
        assertEquals(EmailChannel.NO_ADDRESS, email.reason);
        awaitDelivery(notification, Channel.IN_APP, Delivery.SENT);
        JsonNode event = events.awaitEvent(EventType.DELIVERY_FAILED, notification.toString(), WAIT);
        assertEquals(EmailChannel.NO_ADDRESS, event.get("data").get("reason").asText());
        // no address is no reason to turn e-mail off: it is on once the person gives one
        UUID id = UUID.fromString(omar.participantId());
        assertTrue(preferences.turnedOff().stream().noneMatch(off -> off.recipientId().equals(id)));
    }

    @Test
    void aDeliveryDueLaterWaitsInTheQueue() {
        ParticipantProfile ana = participant(events, address());
        UUID notification = plan(planner, planned(ana, UUID.randomUUID(), Instant.now().plusSeconds(3600)));
        for (int i = 0; i < 3; i++) {
            worker.pass().await().atMost(WAIT);
        }
        Delivery email = delivery(notification, Channel.EMAIL);
        assertEquals(Delivery.PENDING, email.status);
        assertEquals(0, email.attempts);
    }

    @Test
    void aGuestGetsTheMailAndTheEventNamesNoParticipant() throws Exception {
        String address = address();
        UUID registration = UUID.randomUUID();
        UUID space = UUID.randomUUID();
        // the guest contacts topic has no schema yet (its contract is a shape only): the guest goes into the read
        // model as its consumer would put it
        Guest guest = new Guest();
        guest.registrationId = registration;
        guest.spaceId = space;
        guest.name = "Halima Musa";
        guest.email = address;
        guest.language = "ha";
        guest.timeZone = "Africa/Lagos";
        guest.updatedAt = Instant.now();
        inTransaction(guest::persist);
        UUID notification = plan(planner, new PlannedNotification(UUID.randomUUID().toString(), RecipientKind.GUEST,
                registration, Category.REGISTRATION, "registration-confirmed", space, Map.of(), null, false));

        Delivery email = awaitDelivery(notification, Channel.EMAIL, Delivery.SENT);
        assertEquals("ha", email.language);
        assertEquals(1, mailsTo(smtp, address).size());
        assertEquals("ha", mailsTo(smtp, address).get(0).getHeader("Content-Language", null));
        JsonNode sent = events.awaitEvent(EventType.DELIVERY_SENT, notification.toString(), WAIT);
        assertTrue(sent.get("data").get("participantId").isNull(), sent::toString);
        assertFalse(sent.toString().contains("@"), sent::toString);
    }

    @Test
    void aLeaseInForceIsNeverTakenAndAnEndedOneComesBack() {
        ParticipantProfile crashed = participant(events, address());
        ParticipantProfile sending = participant(events, address());
        UUID crashedNotification = plan(planner, planned(crashed, UUID.randomUUID(), Instant.now().plusSeconds(3600)));
        UUID sendingNotification = plan(planner, planned(sending, UUID.randomUUID(), Instant.now().plusSeconds(3600)));
        // as a worker leaves them: one crashed mid-send (its lease ended), one still sending (its lease in force)
        lease(crashedNotification, "now() - interval '1 second'");
        lease(sendingNotification, "now() + interval '1 hour'");

        Delivery recovered = awaitDelivery(crashedNotification, Channel.EMAIL, Delivery.SENT);
        assertEquals(2, recovered.attempts, "the crashed attempt counts");
        for (int i = 0; i < 3; i++) {
            worker.pass().await().atMost(WAIT);
        }
        Delivery inProgress = delivery(sendingNotification, Channel.EMAIL);
        assertEquals(Delivery.PENDING, inProgress.status);
        assertEquals(1, inProgress.attempts);
    }

    /** Makes a notification's e-mail delivery due now and claimed once, its lease ending at {@code leaseUntil}. */
    private static void lease(UUID notification, String leaseUntil) {
        inTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                "update delivery set due_at = now() - interval '1 minute', attempts = 1, lease_until = " + leaseUntil
                        + " where notification_id = :notification and channel = 'email'")
                .setParameter("notification", notification).executeUpdate()));
    }
}
