package org.letsconnect.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The SMTP ceiling: a plain client loop sending {@code count} ready-made messages of about the service's mail size
 * over {@code connections} kept-open connections (as many as the service's mailer pool) to the same receiver. It
 * starts at an instant as all reminders are due at one, so its latency (receive time − start) is defined like theirs.
 */
final class SmtpBaseline {

    private SmtpBaseline() {
    }

    /** Sends and answers the start instant; the receiver logs what arrived. */
    static Instant send(int port, int count, int connections, long messageSize) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", Integer.toString(port));
        Session session = Session.getInstance(properties);
        List<MimeMessage> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(message(session, i, messageSize));
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        Instant start = Instant.now();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                clients.add(pool.submit(() -> {
                    try (Transport transport = session.getTransport("smtp")) {
                        transport.connect();
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            MimeMessage message = messages.get(i);
                            transport.sendMessage(message, message.getAllRecipients());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return start;
    }

    /** A multipart/alternative mail (text and HTML) padded to about {@code size} bytes, with its own Message-ID. */
    private static MimeMessage message(Session session, int index, long size) throws MessagingException {
        String messageId = "<baseline-" + index + "@bench.localhost>";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress("letsconnect@localhost"));
        message.setRecipients(MimeMessage.RecipientType.TO,
                new Address[] { new InternetAddress("baseline-" + index + "@example.org") });
        message.setSubject("Reminder: your Learning Clinic starts in an hour", "UTF-8");
        int filler = (int) Math.max(0, (size - 900) / 2);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(filler(filler), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>" + filler(filler) + "</p>", "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** Plain text of about {@code length} characters in lines of 72, as a mail's body is. */
    private static String filler(int length) {
        String line = "Your Learning Clinic starts in an hour; the meeting link is in the invitation.\r\n";
        StringBuilder text = new StringBuilder(length + line.length());
        while (text.length() < length) {
            text.append(line);
        }
        return text.toString();
    }
}
