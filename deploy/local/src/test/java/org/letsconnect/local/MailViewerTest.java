package org.letsconnect.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.letsconnect.testkit.Smtp;

/**
 * Two mails sent over real SMTP, read back as a person would: on the viewer's pages and in a mail client over IMAP.
 */
class MailViewerTest {

    private static final String ARABIC_SUBJECT = "دعوة: عيادة تعلّم ويكي بيانات";
    private static final String ARABIC_TEXT = "مرحبا فاطمة، سجّلتِ في عيادة التعلّم.";
    private static final String FRENCH_SUBJECT = "Atelier <Wikidata> & \"vous\" : inscriptions ouvertes";
    private static final String FRENCH_SUBJECT_ESCAPED = "Atelier &lt;Wikidata&gt; &amp; &quot;vous&quot; : "
            + "inscriptions ouvertes";
    private static final String INVITATION = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Let's Connect//notification-service//EN\r
            METHOD:REQUEST\r
            BEGIN:VEVENT\r
            UID:space-42@letsconnect\r
            SEQUENCE:0\r
            DTSTART:20261215T140000Z\r
            SUMMARY:عيادة تعلّم ويكي بيانات\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Smtp smtp;
    private static MailViewer viewer;

    @BeforeAll
    static void start() throws Exception {
        smtp = Smtp.start(0, 0);
        viewer = MailViewer.start(smtp, 0);
        sendArabicInvitation();
        sendFrenchText();
        smtp.awaitMessages(2, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        viewer.close();
        smtp.close();
    }

    @Test
    void listsEveryMailNewestFirstWithLanguageAndInvitation() throws Exception {
        HttpResponse<String> list = get("/");

        assertEquals(200, list.statusCode());
        assertEquals("text/html; charset=UTF-8", list.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(list.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
        String page = list.body();
        int french = page.indexOf(FRENCH_SUBJECT_ESCAPED);
        int arabic = page.indexOf(ARABIC_SUBJECT);
        assertTrue(french > 0, page);
        assertTrue(arabic > french, "newest first: " + page);
        assertFalse(page.contains("<Wikidata>"), "the subject is escaped");
        assertTrue(page.contains("<td>sofia@example.org</td>"), page);
        assertTrue(page.contains("<td>fatima@example.org</td>"), page);
        assertTrue(page.contains("<td>fr</td>"), "the Content-Language header: " + page);
        assertTrue(page.contains("<td>ar</td>"), "the HTML root's lang: " + page);
        assertTrue(page.contains("<td>REQUEST</td>"), page);
        assertTrue(page.contains("href=\"/mail/1\"") && page.contains("href=\"/mail/2\""), page);
    }

    @Test
    void showsAMailAsSent() throws Exception {
        HttpResponse<String> mail = get("/mail/1");

        assertEquals(200, mail.statusCode());
        String page = mail.body();
        assertTrue(page.contains("<h1 dir=\"auto\">" + ARABIC_SUBJECT + "</h1>"), page);
        assertTrue(page.contains("&lt;invitation-42@letsconnect.example&gt;"), "Message-ID: " + page);
        assertTrue(page.contains("List-Unsubscribe-Post"), page);
        assertTrue(page.contains("&lt;https://letsconnect.example/unsubscribe?token=abc&amp;category=outreach&gt;"),
                page);
        assertTrue(page.contains("<iframe sandbox src=\"/mail/1/html\""), page);
        assertTrue(page.contains(ARABIC_TEXT), page);
        assertTrue(page.contains("href=\"/mail/1/invite.ics\""), page);
        assertFalse(get("/mail/2").body().contains("<iframe"), "the French mail has no HTML part");
    }

    @Test
    void servesTheHtmlWithoutScripts() throws Exception {
        HttpResponse<String> html = get("/mail/1/html");

        assertEquals(200, html.statusCode());
        assertEquals("text/html; charset=UTF-8", html.headers().firstValue("Content-Type").orElseThrow());
        String policy = html.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.startsWith("default-src 'none'") && policy.endsWith("sandbox"), policy);
        assertFalse(policy.contains("script"), policy);
        assertTrue(html.body().startsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">"), html.body());
        assertTrue(html.body().contains(ARABIC_TEXT), html.body());
        assertEquals(404, get("/mail/2/html").statusCode());
    }

    @Test
    void servesTheTextTheInvitationAndTheSource() throws Exception {
        HttpResponse<String> text = get("/mail/2/text");
        assertEquals(200, text.statusCode());
        assertEquals("text/plain; charset=UTF-8", text.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Bonjour Sofia, l'atelier « Wikidata » ouvre ses inscriptions.", text.body());
        assertEquals(ARABIC_TEXT, get("/mail/1/text").body());

        HttpResponse<String> invitation = get("/mail/1/invite.ics");
        assertEquals(200, invitation.statusCode());
        assertEquals("text/calendar; method=REQUEST; charset=UTF-8",
                invitation.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"invite.ics\"",
                invitation.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(INVITATION, invitation.body());
        assertEquals(404, get("/mail/2/invite.ics").statusCode());

        HttpResponse<String> source = get("/mail/1/raw");
        assertEquals(200, source.statusCode());
        assertTrue(source.body().contains("Message-ID: <invitation-42@letsconnect.example>"), source.body());
        assertTrue(source.body().contains("Content-Type: text/calendar; method=REQUEST"), source.body());
        assertTrue(source.body().contains("Subject: =?UTF-8?"), "the subject as sent, encoded: " + source.body());

        assertEquals(404, get("/mail/3").statusCode());
        assertEquals(404, get("/mail/0/raw").statusCode());
        assertEquals(404, get("/elsewhere").statusCode());
    }

    @Test
    void aMailClientReadsEachRecipientsMailOverImapWithAnyPassword() throws Exception {
        Session session = Session.getInstance(new Properties());
        assertEquals(ARABIC_SUBJECT, onlyMailSubject(session, "fatima@example.org"));
        assertEquals(FRENCH_SUBJECT, onlyMailSubject(session, "Sofia@Example.org"));

        Store store = session.getStore("imap");
        store.connect("localhost", smtp.imapPort().orElseThrow(), "nobody@example.org", "whatever");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertEquals(0, inbox.getMessageCount(), "an unknown login gets an empty mailbox");
            inbox.close();
        } finally {
            store.close();
        }
        assertEquals(2, smtp.kept().size(), "signing in as someone new keeps the viewer's list as it was");
    }

    private static String onlyMailSubject(Session session, String user) throws MessagingException {
        Store store = session.getStore("imap");
        store.connect("localhost", smtp.imapPort().orElseThrow(), user, "any password");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            assertEquals(1, messages.length, user);
            String subject = messages[0].getSubject();
            inbox.close();
            return subject;
        } finally {
            store.close();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(viewer.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Shaped like notification-service's confirmation: text and HTML alternatives, then the invitation. */
    private static void sendArabicInvitation() throws Exception {
        MimeMessage message = messageWithId(session(), "<invitation-42@letsconnect.example>");
        message.setFrom(new InternetAddress("letsconnect@localhost"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("fatima@example.org"));
        message.setSubject(ARABIC_SUBJECT, "UTF-8");
        message.setHeader("List-Unsubscribe", "<https://letsconnect.example/unsubscribe?token=abc&category=outreach>");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(ARABIC_TEXT, "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><body><div dir=\"rtl\" style=\"color:#202122\">"
                + ARABIC_TEXT + "</div><script>alert(1)</script></body></html>", "UTF-8", "html");
        MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternatives);
        MimeBodyPart invitation = new MimeBodyPart();
        invitation.setDataHandler(new DataHandler(
                new ByteArrayDataSource(INVITATION, "text/calendar; method=REQUEST; charset=UTF-8")));
        invitation.setFileName("invite.ics");
        message.setContent(new MimeMultipart("mixed", body, invitation));
        Transport.send(message);
    }

    private static void sendFrenchText() throws Exception {
        MimeMessage message = messageWithId(session(), "<outreach-7@letsconnect.example>");
        message.setFrom(new InternetAddress("letsconnect@localhost"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("sofia@example.org"));
        message.setSubject(FRENCH_SUBJECT, "UTF-8");
        message.setHeader("Content-Language", "fr");
        message.setText("Bonjour Sofia, l'atelier « Wikidata » ouvre ses inscriptions.", "UTF-8");
        Transport.send(message);
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", Integer.toString(smtp.port()));
        return Session.getInstance(properties);
    }

    /** A message keeping the given Message-ID, as notification-service sets a deterministic one. */
    private static MimeMessage messageWithId(Session session, String messageId) {
        return new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
    }
}
