package org.letsconnect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

class SmtpTest {

    @Test
    void receivesMailSentWithAndWithoutLogin() throws Exception {
        Smtp smtp = Smtp.shared();
        assertSame(smtp, Smtp.shared());
        smtp.reset();

        send(smtp, null, "Your Learning Clinic starts soon");
        send(smtp, "any-user", "Zoom link inside");

        List<MimeMessage> messages = smtp.awaitMessages(2, Duration.ofSeconds(10));
        assertEquals(2, messages.size());
        assertEquals("Your Learning Clinic starts soon", messages.get(0).getSubject());
        assertEquals("amina@example.org", messages.get(0).getAllRecipients()[0].toString());
        assertTrue(messages.get(1).getContent().toString().contains("Hello"));

        smtp.reset();
        assertTrue(smtp.received().isEmpty());
        assertThrows(AssertionError.class, () -> smtp.awaitMessages(1, Duration.ofMillis(200)));
    }

    @Test
    void keepsEachMailOncePerEnvelopeRecipientOldestFirst() throws Exception {
        try (Smtp smtp = Smtp.start(0)) {
            assertTrue(smtp.imapPort().isEmpty());
            Instant before = Instant.now().minusSeconds(1);
            send(smtp, null, "Your Learning Clinic starts soon");
            Properties properties = new Properties();
            properties.put("mail.smtp.host", smtp.host());
            properties.put("mail.smtp.port", Integer.toString(smtp.port()));
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress("letsconnect@localhost"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("kwame@example.org"));
            message.setRecipient(Message.RecipientType.BCC, new InternetAddress("organizer@example.org"));
            message.setSubject("Milestone due", "UTF-8");
            message.setText("Hello Kwame", "UTF-8");
            Transport.send(message);
            smtp.awaitMessages(3, Duration.ofSeconds(10));

            List<Smtp.KeptMail> kept = smtp.kept();
            assertEquals(3, kept.size());
            assertEquals("amina@example.org", kept.get(0).recipient());
            assertEquals("Your Learning Clinic starts soon", kept.get(0).message().getSubject());
            assertEquals(Set.of("kwame@example.org", "organizer@example.org"),
                    Set.of(kept.get(1).recipient(), kept.get(2).recipient()), "the Bcc recipient too");
            assertEquals("Milestone due", kept.get(2).message().getSubject());
            for (Smtp.KeptMail mail : kept) {
                assertTrue(mail.receivedAt().isAfter(before) && !mail.receivedAt().isAfter(Instant.now()));
            }
            assertFalse(kept.get(0).receivedAt().isAfter(kept.get(1).receivedAt()));
        }
    }

    @Test
    void servesTheKeptMailOverImapToAnyPassword() throws Exception {
        try (Smtp smtp = Smtp.start(0, 0)) {
            send(smtp, null, "Your Learning Clinic starts soon");
            smtp.awaitMessages(1, Duration.ofSeconds(10));

            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect(smtp.host(), smtp.imapPort().orElseThrow(), "amina@example.org", "not her password");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertEquals("Your Learning Clinic starts soon", inbox.getMessage(1).getSubject());
                assertEquals(1, inbox.getMessageCount());
                inbox.close();
            } finally {
                store.close();
            }
        }
    }

    @Test
    void refusesChosenRecipientsUntilAcceptedAgain() throws Exception {
        Smtp smtp = Smtp.shared();
        smtp.reset();
        smtp.refuse("amina@example.org", "550 5.1.1 No such user");
        try {
            SendFailedException refused = assertThrows(SendFailedException.class,
                    () -> send(smtp, null, "Refused"));
            assertTrue(String.valueOf(refused.getNextException()).contains("550"), refused.toString());
            smtp.refuse("amina@example.org", "451 4.3.0 Try again later");
            SendFailedException delayed = assertThrows(SendFailedException.class,
                    () -> send(smtp, null, "Delayed"));
            assertTrue(String.valueOf(delayed.getNextException()).contains("451"), delayed.toString());
        } finally {
            smtp.accept("amina@example.org");
        }
        send(smtp, null, "Accepted");
        List<MimeMessage> messages = smtp.awaitMessages(1, Duration.ofSeconds(10));
        assertEquals(1, messages.size());
        assertEquals("Accepted", messages.get(0).getSubject());
    }

    private static void send(Smtp smtp, String user, String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", Integer.toString(smtp.port()));
        properties.put("mail.smtp.auth", Boolean.toString(user != null));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("letsconnect@localhost"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("amina@example.org"));
        message.setSubject(subject, "UTF-8");
        message.setText("Hello Amina", "UTF-8");
        if (user == null) {
            Transport.send(message);
        } else {
            Transport.send(message, user, "any-password");
        }
    }
}
