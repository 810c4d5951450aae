package org.letsconnect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
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
