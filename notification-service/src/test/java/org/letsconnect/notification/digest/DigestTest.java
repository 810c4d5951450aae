package org.letsconnect.notification.digest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
import org.letsconnect.contracts.registry.ParticipantErased;
import org.letsconnect.notification.NotificationTest;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Channel;
import org.letsconnect.notification.notification.Delivery;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.notification.NotificationPlanner;
import org.letsconnect.notification.notification.PlannedNotification;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.notification.recipient.Recipients;
import org.letsconnect.notification.rule.Templates;
import org.letsconnect.notification.template.NotificationRenderer;
import org.letsconnect.notification.unsubscribe.UnsubscribeTokens;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.Smtp;
import org.letsconnect.testkit.WithTestInfrastructure;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Daily and weekly digests through the real queue and SMTP: what a digest holds goes out at its release time as one
 * mail, once, whatever the workers do; what must not wait does not.
 */
@QuarkusTest
@WithTestInfrastructure(smtp = true)
class DigestTest extends NotificationTest {

    private static final String MESSAGE_ID_DOMAIN = "letsconnect.wikimedia.org";

    @InjectInfrastructure
    Smtp smtp;
    @Inject
    NotificationPlanner planner;
    @Inject
    DigestWorker digests;
    @Inject
    NotificationRenderer renderer;
    @Inject
    Recipients recipients;
    @Inject
    UnsubscribeTokens tokens;

    @Test
    void aDailyDigestSendsWhatWasHeldAsOneMailAtItsReleaseTime() throws Exception {
        Person amina = participant("en", "Asia/Kolkata", "daily");
        UUID spaceId = UUID.randomUUID();
        publishSpace(EventType.SPACE_CREATED, space(spaceId, "Wikidata <b>queries</b> & you", List.of("Q5596756"),
                "en", List.of(), Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS), IN_PREPARATION,
                List.of()));
        Person kofi = person("Kofi " + UUID.randomUUID(), "en", "UTC", List.of(), List.of("en"), false);
        List<UUID> notifications = plan(
                planned(amina, Category.OUTREACH, Templates.CLINIC_OUTREACH, spaceId, Map.of()),
                planned(amina, Category.BADGES, Templates.BADGE_AWARDED, null, Map.of("badge", "clinic-attendee")),
                planned(amina, Category.CONNECTIONS, Templates.CONNECTION_REQUESTED, null, Map.of("otherId",
                        kofi.participantId().toString(), "skill", "Q5596756", "connectionId", "c-1")));

        // the inbox shows them at once; the mails wait together for the next 08:00 in Kolkata
        UUID digestId = awaitHeld(notifications);
        for (UUID notification : notifications) {
            awaitDelivery(notification, Channel.IN_APP, Delivery.SENT);
        }
        DigestDelivery digest = digest(digestId);
        ZonedDateTime release = digest.releaseAt.atZone(ZoneId.of("Asia/Kolkata"));
        assertEquals(LocalTime.of(8, 0), release.toLocalTime());
        assertTrue(digest.releaseAt.isAfter(Instant.now()) && digest.releaseAt.isBefore(Instant.now().plus(
                Duration.ofDays(1))), digest.releaseAt::toString);
        assertEquals(List.of(), mailsTo(amina));

        releaseNow(digestId);
        MimeMessage mail = awaitOneMail(amina, digestId);
        assertEquals("3 updates from Let's Connect", mail.getSubject());
        assertEquals("<" + digestId + "@" + MESSAGE_ID_DOMAIN + ">", mail.getHeader("Message-ID", null));
        assertEquals("en", mail.getHeader("Content-Language", null));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        // three categories inside: the one click is on the digest as a whole
        assertEquals(new UnsubscribeTokens.Subject(RecipientKind.PARTICIPANT, amina.participantId(), "all"),
                tokens.read(token(mail.getHeader("List-Unsubscribe", null))).orElseThrow());
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        for (UUID notification : notifications) {
            String subject = renderedSubject(amina, notification);
            assertTrue(text.contains(subject), () -> subject + " in " + text);
        }
        assertTrue(text.contains("Here are the 3 notifications held for you"), text);
        assertTrue(text.contains("chose a daily digest"), text);
        assertTrue(html.contains("<html lang=\"en\" dir=\"ltr\">"), html);
        assertTrue(html.contains("Wikidata &lt;b&gt;queries&lt;/b&gt; &amp; you"), html);
        assertFalse(html.contains("<b>queries"), html);
        for (String category : List.of(Category.OUTREACH, Category.BADGES, Category.CONNECTIONS)) {
            assertTrue(html.contains("Unsubscribe from “" + categoryName(category) + "”"), html);
        }

        // each delivery in it is sent, by the digest, and tells so once
        for (UUID notification : notifications) {
            Delivery email = awaitDelivery(notification, Channel.EMAIL, Delivery.SENT);
            assertEquals(digestId, email.digestId);
            assertEquals("en", email.language);
            assertNotNull(email.sentAt);
            List<JsonNode> sent = events.awaitEvents(EventType.DELIVERY_SENT, notification.toString(), 2, WAIT);
            assertEquals(1, sent.stream().filter(event -> Channel.EMAIL.equals(event.get("data").get("channel")
                    .asText())).count(), sent::toString);
        }
        assertEquals("sent", digest(digestId).status);
        assertEquals(0, (int) digests.pass().await().atMost(WAIT));
        assertEquals(1, mailsTo(amina).size());
    }

    @Test
    void theDigestIsInThePersonsLanguageWithItsPluralAndDirection() throws Exception {
        Person claire = participant("fr", "Europe/Paris", "daily");
        List<UUID> french = plan(
                planned(claire, Category.BADGES, Templates.BADGE_AWARDED, null, Map.of("badge", "clinic-attendee")),
                planned(claire, Category.BADGES, Templates.BADGE_AWARDED, null, Map.of("badge", "sharer")));
        UUID daily = awaitHeld(french);
        releaseNow(daily);
        MimeMessage mail = awaitOneMail(claire, daily);
        assertEquals("2 mises à jour de Let's Connect", mail.getSubject());
        assertEquals("fr", mail.getHeader("Content-Language", null));
        assertTrue(part(mail, "text/html").contains("<html lang=\"fr\" dir=\"ltr\">"));
        assertTrue(part(mail, "text/plain").contains("Voici les 2 notifications mises de côté"));
        // one category inside: the one click unsubscribes from it alone
        assertEquals(Category.BADGES,
                tokens.read(token(mail.getHeader("List-Unsubscribe", null))).orElseThrow().category());

        Person layla = participant("ar", "Africa/Cairo", "weekly");
        List<UUID> arabic = plan(planned(layla, Category.BADGES, Templates.BADGE_AWARDED, null,
                Map.of("badge", "clinic-attendee")));
        UUID weekly = awaitHeld(arabic);
        ZonedDateTime release = digest(weekly).releaseAt.atZone(ZoneId.of("Africa/Cairo"));
        assertEquals(DayOfWeek.MONDAY, release.getDayOfWeek());
        assertEquals(LocalTime.of(8, 0), release.toLocalTime());
        releaseNow(weekly);
        MimeMessage arabicMail = awaitOneMail(layla, weekly);
        assertEquals("تحديث واحد من Let's Connect", arabicMail.getSubject());
        String html = part(arabicMail, "text/html");
        assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"), html);
        assertTrue(html.contains("ملخصًا أسبوعيًا"), html);
    }

    @Test
    void cancellationsAndInvitationsAreNotHeldAndWhatIsCancelledBeforeTheReleaseIsLeftOut() throws Exception {
        Person ngozi = participant("en", "Africa/Lagos", "daily");
        UUID spaceId = UUID.randomUUID();
        publishSpace(EventType.SPACE_CREATED, space(spaceId, "Commons uploads", List.of("Q5596756"), "en",
                List.of(), Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS), IN_PREPARATION, List.of()));
        List<UUID> held = plan(planned(ngozi, Category.OUTREACH, Templates.CLINIC_OUTREACH, spaceId, Map.of()),
                planned(ngozi, Category.BADGES, Templates.BADGE_AWARDED, null, Map.of("badge", "clinic-attendee")));
        UUID digestId = awaitHeld(held);

        // a confirmation with its invitation, and an urgent cancellation, go out on their own at once
        UUID confirmed = plan(planned(ngozi, Category.REGISTRATION, Templates.REGISTRATION_CONFIRMED, spaceId,
                Map.of())).get(0);
        Delivery invitation = awaitDelivery(confirmed, Channel.EMAIL, Delivery.SENT);
        assertNull(invitation.digestId);
        UUID cancelled = plan(new PlannedNotification(UUID.randomUUID().toString(), RecipientKind.PARTICIPANT,
                ngozi.participantId(), Category.REGISTRATION, Templates.SPACE_CANCELLED, spaceId, Map.of(), null,
                true)).get(0);
        assertNull(awaitDelivery(cancelled, Channel.EMAIL, Delivery.SENT).digestId);
        await().atMost(WAIT).until(() -> mailsTo(ngozi).size() == 2);
        MimeMessage invitationMail = mailsTo(ngozi).stream()
                .filter(mail -> messageId(mail).equals("<" + invitation.id + "@" + MESSAGE_ID_DOMAIN + ">"))
                .findFirst().orElseThrow();
        assertTrue(raw(invitationMail).contains("text/calendar"), "the invitation is attached");

        // the space's outreach is cancelled before the release: the digest holds only the badge
        inTransaction(() -> planner.cancelPending(spaceId, ngozi.participantId(),
                List.of(Templates.CLINIC_OUTREACH), "space-cancelled"));
        releaseNow(digestId);
        await().atMost(WAIT).until(() -> mailsTo(ngozi).size() == 3);
        MimeMessage digestMail = mailsTo(ngozi).stream()
                .filter(mail -> messageId(mail).equals("<" + digestId + "@" + MESSAGE_ID_DOMAIN + ">"))
                .findFirst().orElseThrow();
        assertEquals("One update from Let's Connect", digestMail.getSubject());
        String text = part(digestMail, "text/plain");
        assertTrue(text.contains(renderedSubject(ngozi, held.get(1))), text);
        assertFalse(text.contains(renderedSubject(ngozi, held.get(0))), text);
        assertEquals(Delivery.CANCELLED, delivery(held.get(0), Channel.EMAIL).status);
        assertEquals(Delivery.SENT, awaitDelivery(held.get(1), Channel.EMAIL, Delivery.SENT).status);
    }

    @Test
    void concurrentPassesAndReRunsSendADigestOnce() throws Exception {
        Person tunde = participant("en", "UTC", "daily");
        List<UUID> notifications = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            notifications.addAll(plan(planned(tunde, Category.BADGES, Templates.BADGE_AWARDED, null,
                    Map.of("badge", "clinic-attendee"))));
        }
        UUID digestId = awaitHeld(notifications);
        releaseNow(digestId);

        // four passes at a time, over and over, while the scheduled passes go on too
        ExecutorService passes = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                running.add(passes.submit(() -> {
                    int idle = 0;
                    while (idle < 3) {
                        idle = digests.pass().await().atMost(WAIT) == 0 ? idle + 1 : 0;
                    }
                }));
            }
            for (Future<?> pass : running) {
                pass.get();
            }
        } finally {
            passes.shutdownNow();
        }
        MimeMessage mail = awaitOneMail(tunde, digestId);
        assertEquals("3 updates from Let's Connect", mail.getSubject());
        await().atMost(WAIT).until(() -> "sent".equals(digest(digestId).status));
        assertEquals(1, digest(digestId).attempts);
        for (UUID notification : notifications) {
            assertEquals(Delivery.SENT, delivery(notification, Channel.EMAIL).status);
        }
        // a re-run finds nothing to send
        for (int i = 0; i < 3; i++) {
            assertEquals(0, (int) digests.pass().await().atMost(WAIT));
        }
        assertEquals(1, mailsTo(tunde).size());
    }

    @Test
    void aCrashedWorkersDigestComesBackWhenItsLeaseEndsAndALaterDeliveryGoesIntoTheNextOne() throws Exception {
        Person sipho = participant("en", "Africa/Johannesburg", "daily");
        List<UUID> first = plan(
                planned(sipho, Category.BADGES, Templates.BADGE_AWARDED, null, Map.of("badge", "clinic-attendee")),
                planned(sipho, Category.BADGES, Templates.BADGE_AWARDED, null, Map.of("badge", "sharer")));
        UUID digestId = awaitHeld(first);
        // a worker claimed it (which closes it) and crashed while sending: its lease holds for an hour
        inTransaction(() -> DigestDelivery.update("attempts = 1, releaseAt = ?1, leaseUntil = ?2 where id = ?3",
                Instant.now().minusSeconds(1), Instant.now().plus(Duration.ofHours(1)), digestId));

        List<UUID> later = plan(planned(sipho, Category.BADGES, Templates.BADGE_AWARDED, null,
                Map.of("badge", "regular-3")));
        UUID next = awaitHeld(later);
        assertNotEquals(digestId, next, "a closed digest takes nothing more");
        assertEquals(0, (int) digests.pass().await().atMost(WAIT));
        assertEquals(List.of(), mailsTo(sipho));

        inTransaction(() -> DigestDelivery.update("leaseUntil = ?1 where id = ?2", Instant.now().minusSeconds(1),
                digestId));
        MimeMessage mail = awaitOneMail(sipho, digestId);
        assertEquals("2 updates from Let's Connect", mail.getSubject());
        assertEquals("<" + digestId + "@" + MESSAGE_ID_DOMAIN + ">", messageId(mail));
        await().atMost(WAIT).until(() -> "sent".equals(digest(digestId).status));
        assertEquals(2, digest(digestId).attempts);
        Delivery waiting = delivery(later.get(0), Channel.EMAIL);
        assertEquals(Delivery.PENDING, waiting.status);
        assertEquals(next, waiting.digestId);
        assertEquals("pending", digest(next).status);
    }

    @Test
    void goingBackToInstantReleasesWhatIsHeldOneByOne() throws Exception {
        Person amara = participant("en", "UTC", "weekly");
        List<UUID> notifications = plan(
                planned(amara, Category.BADGES, Templates.BADGE_AWARDED, null, Map.of("badge", "clinic-attendee")),
                planned(amara, Category.BADGES, Templates.BADGE_AWARDED, null, Map.of("badge", "sharer")));
        UUID digestId = awaitHeld(notifications);

        preferences(amara, "instant");
        Set<String> expected = new HashSet<>();
        for (UUID notification : notifications) {
            Delivery email = awaitDelivery(notification, Channel.EMAIL, Delivery.SENT);
            assertNull(email.digestId);
            expected.add("<" + email.id + "@" + MESSAGE_ID_DOMAIN + ">");
        }
        await().atMost(WAIT).until(() -> mailsTo(amara).size() == 2);
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage mail : mailsTo(amara)) {
            messageIds.add(messageId(mail));
        }
        assertEquals(expected, messageIds);
        assertNull(digest(digestId), "the emptied digest is gone");
    }

    @Test
    void erasureRemovesTheHeldDeliveriesAndTheDigests() {
        Person zara = participant("en", "UTC", "daily");
        List<UUID> notifications = plan(
                planned(zara, Category.BADGES, Templates.BADGE_AWARDED, null, Map.of("badge", "clinic-attendee")),
                planned(zara, Category.BADGES, Templates.BADGE_AWARDED, null, Map.of("badge", "sharer")));
        UUID digestId = awaitHeld(notifications);

        events.publish(EventType.PARTICIPANT_ERASED,
                new ParticipantErased(zara.participantId().toString(), zara.subject(), Instant.now()));
        await().atMost(WAIT).until(() -> digest(digestId) == null);
        assertEquals(0L, (long) inSession(() -> DigestDelivery.count("participantId", zara.participantId())));
        for (UUID notification : notifications) {
            assertNull(delivery(notification, Channel.EMAIL), "the held delivery is gone");
        }
        assertEquals(List.of(), mailsTo(zara));
    }

    // --- helpers

    private Person participant(String language, String timeZone, String digest) {
        Person person = person("Digest " + UUID.randomUUID(), language, timeZone, List.of(), List.of(language), true);
        preferences(person, digest);
        return person;
    }

    private void preferences(Person person, String digest) {
        given().auth().oauth2(issuer.token(person.username())).contentType(ContentType.JSON)
                .body("{\"digest\": \"" + digest + "\"}").put("/api/v1/me/preferences").then().statusCode(200);
    }

    private static PlannedNotification planned(Person person, String category, String template, UUID spaceId,
            Map<String, Object> params) {
        return new PlannedNotification(UUID.randomUUID().toString(), RecipientKind.PARTICIPANT, person.participantId(),
                category, template, spaceId, params, null, false);
    }

    /** Plans them in one transaction; answers their notifications' ids. */
    private List<UUID> plan(PlannedNotification... planned) {
        inTransaction(() -> planner.plan(List.of(planned)));
        List<UUID> ids = new ArrayList<>();
        for (PlannedNotification one : planned) {
            ids.add(inSession(() -> Notification.<Notification> find("dedupKey", one.dedupKey()).firstResult()).id);
        }
        return ids;
    }

    /** Waits until the worker has held every notification's mail for one digest; answers the digest. */
    private static UUID awaitHeld(List<UUID> notifications) {
        List<Delivery> held = await().atMost(WAIT).until(() -> {
            List<Delivery> mails = new ArrayList<>();
            for (UUID notification : notifications) {
                mails.add(delivery(notification, Channel.EMAIL));
            }
            return mails;
        }, mails -> mails.stream().allMatch(mail -> mail != null && mail.digestId != null));
        Set<UUID> digestIds = new HashSet<>();
        for (Delivery mail : held) {
            assertEquals(Delivery.PENDING, mail.status);
            assertEquals("digest", mail.reason);
            digestIds.add(mail.digestId);
        }
        assertEquals(1, digestIds.size(), digestIds::toString);
        return digestIds.iterator().next();
    }

    /** The release time has come (08:00 in the person's zone is hours away): the next pass sends the digest. */
    private static void releaseNow(UUID digestId) {
        inTransaction(() -> DigestDelivery.update("releaseAt = ?1 where id = ?2", Instant.now().minusSeconds(1),
                digestId));
    }

    private static DigestDelivery digest(UUID id) {
        return inSession(() -> DigestDelivery.<DigestDelivery> findById(id));
    }

    private static Delivery delivery(UUID notificationId, String channel) {
        return inSession(() -> Delivery.<Delivery> find("notificationId = ?1 and channel = ?2", notificationId,
                channel).firstResult());
    }

    private static Delivery awaitDelivery(UUID notificationId, String channel, String status) {
        return await().atMost(WAIT).until(() -> delivery(notificationId, channel),
                delivery -> delivery != null && status.equals(delivery.status));
    }

    private String renderedSubject(Person person, UUID notificationId) {
        return inSession(() -> recipients.addressee(RecipientKind.PARTICIPANT, person.participantId())
                .flatMap(addressee -> Notification.<Notification> findById(notificationId)
                        .flatMap(notification -> renderer.render(notification, addressee))))
                .subject();
    }

    private String categoryName(String category) {
        return switch (category) {
            case Category.OUTREACH -> "New sessions for your skills";
            case Category.BADGES -> "Badges";
            case Category.CONNECTIONS -> "1:1 connections";
            default -> throw new IllegalArgumentException(category);
        };
    }

    /**
     * The one mail of the digest, once the digest is recorded as sent: a pass claims only pending digests, so nothing
     * sends it again after that, and the mail went out before the record.
     */
    private MimeMessage awaitOneMail(Person person, UUID digestId) {
        await().atMost(WAIT).until(() -> "sent".equals(digest(digestId).status));
        List<MimeMessage> mails = mailsTo(person);
        assertEquals(1, mails.size(), () -> mails.size() + " mails");
        return mails.get(0);
    }

    private List<MimeMessage> mailsTo(Person person) {
        String address = person.username().toLowerCase().replace(' ', '.') + "@example.org";
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : smtp.received()) {
            try {
                var to = message.getAllRecipients();
                if (to != null && to.length > 0 && address.equals(to[0].toString())) {
                    mails.add(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    private static String token(String listUnsubscribe) {
        return listUnsubscribe.substring(listUnsubscribe.lastIndexOf('/') + 1, listUnsubscribe.length() - 1);
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getHeader("Message-ID", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
        Multipart alternatives = (Multipart) mail.getContent();
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart part = alternatives.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String raw(MimeMessage mail) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.writeTo(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static <T> T inTransaction(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        return inSession(() -> Panache.withTransaction(work::get));
    }
}
