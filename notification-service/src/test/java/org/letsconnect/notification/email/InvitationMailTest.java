package org.letsconnect.notification.email;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.letsconnect.notification.delivery.OutgoingMessage;
import org.letsconnect.notification.delivery.SendOutcome;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.recipient.Addressee;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.notification.template.RenderedMessage;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.Smtp;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

/** The mail of an invitation, as a calendar receives it over real SMTP (iMIP, RFC 6047). */
@QuarkusTest
@WithTestInfrastructure(smtp = true)
class InvitationMailTest {

    @InjectInfrastructure
    Smtp smtp;
    @Inject
    EmailChannel email;

    @Test
    void theCalendarPartsMethodIsTheCalendarsMethod() throws Exception {
        for (String method : List.of("REQUEST", "CANCEL")) {
            String address = "invitation-" + UUID.randomUUID() + "@example.org";
            String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Let's Connect//EN",
                    "METHOD:" + method, "BEGIN:VEVENT", "UID:" + UUID.randomUUID() + "@letsconnect", "SEQUENCE:1",
                    "DTSTAMP:20260301T120000Z", "DTSTART:20260310T140000Z", "DTEND:20260310T153000Z",
                    "SUMMARY:Learning Clinic", "END:VEVENT", "END:VCALENDAR", "");
            UUID deliveryId = UUID.randomUUID();
            SendOutcome outcome = email.send(outgoing(deliveryId, address,
                    new RenderedMessage.Invitation(method, ics))).await().atMost(Duration.ofSeconds(30));
            assertEquals(SendOutcome.Kind.SENT, outcome.kind());

            MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(address), m -> m != null);
            assertEquals("<" + deliveryId + "@letsconnect.wikimedia.org>", mail.getHeader("Message-ID", null));
            List<Part> parts = new ArrayList<>();
            leaves(mail, parts);
            Part calendar = parts.stream().filter(part -> isType(part, "text/calendar")).findFirst().orElse(null);
            assertNotNull(calendar, "a text/calendar part");
            ContentType type = new ContentType(calendar.getContentType());
            String body = read(calendar);
            assertTrue(body.contains("METHOD:" + method + "\r\n"), body);
            assertEquals(method, type.getParameter("method"));
            assertEquals("utf-8", type.getParameter("charset").toLowerCase());
            assertTrue(parts.stream().anyMatch(part -> isType(part, "text/plain")), "the text alternative");
            assertTrue(parts.stream().anyMatch(part -> isType(part, "text/html")), "the HTML");
        }
    }

    @Test
    void aMessageWithoutAnInvitationHasNoCalendarPart() throws Exception {
        String address = "invitation-" + UUID.randomUUID() + "@example.org";
        email.send(outgoing(UUID.randomUUID(), address, null)).await().atMost(Duration.ofSeconds(30));
        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(address), m -> m != null);
        List<Part> parts = new ArrayList<>();
        leaves(mail, parts);
        assertTrue(parts.stream().noneMatch(part -> isType(part, "text/calendar")));
        assertEquals(2, parts.size());
    }

    private static OutgoingMessage outgoing(UUID deliveryId, String address, RenderedMessage.Invitation invitation) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.recipientKind = RecipientKind.GUEST.code();
        notification.recipientId = UUID.randomUUID();
        notification.category = Category.REGISTRATION;
        notification.template = "registration-confirmed";
        notification.createdAt = Instant.now();
        Addressee guest = new Addressee(RecipientKind.GUEST, notification.recipientId, null, "Halima", "ha", "UTC",
                address);
        RenderedMessage message = new RenderedMessage("ha", "ltr", "An tabbatar da rajistarka",
                "Sannu Halima", "<html lang=\"ha\" dir=\"ltr\"><body>Sannu Halima</body></html>", invitation, "Sannu Halima");
        return new OutgoingMessage(deliveryId, notification, guest, message);
    }

    private MimeMessage mailTo(String address) throws Exception {
        for (MimeMessage message : smtp.received()) {
            if (address.equals(message.getAllRecipients()[0].toString())) {
                return message;
            }
        }
        return null;
    }

    private static void leaves(Part part, List<Part> into) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves(child, into);
            }
        } else {
            into.add(part);
        }
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            return false;
        }
    }

    private static String read(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
