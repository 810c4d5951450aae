package org.letsconnect.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on the loopback interface that accepts any sender, any recipient and any login
 * (or none), keeps every message in memory and delivers nothing. The shared instance is reached through a gate
 * ({@link #refuse}) that can make the server say no to chosen recipients, as a real one does.
 */
public final class Smtp implements AutoCloseable {

    private static final String HOST = "localhost";

    private final GreenMail greenMail; // null when attached to a server of another class loader
    private final Object foreign;
    private final int port;
    private final SmtpGate gate; // null for a server started without one, or attached

    private Smtp(GreenMail greenMail, Object foreign, int port, SmtpGate gate) {
        this.greenMail = greenMail;
        this.foreign = foreign;
        this.port = port;
        this.gate = gate;
    }

    /** The JVM's test SMTP server, started on first use on a free port. */
    public static Smtp shared() {
        return Shared.get("smtp", Smtp.class, () -> {
            Smtp server = start(0);
            Smtp smtp = new Smtp(server.greenMail, null, 0, SmtpGate.open(server.port));
            Shared.onShutdown("smtp", smtp::close);
            return smtp;
        }, foreign -> new Smtp(null, foreign, (Integer) Shared.call(foreign, "port"), null));
    }

    /** Starts a server on {@code port} (0 for a free one). */
    public static Smtp start(int port) {
        QuietLogging.apply();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new Smtp(greenMail, null, greenMail.getSmtp().getPort(), null);
    }

    /** Where clients send mail: the gate's port on the shared instance. */
    public int port() {
        return gate != null ? gate.port() : port;
    }

    /**
     * Answers {@code RCPT TO} for {@code address} with {@code reply} from now on, e.g. {@code 451 4.3.0 Try again
     * later} (a temporary failure) or {@code 550 5.1.1 No such user} (a permanent one); only on the shared instance.
     */
    public void refuse(String address, String reply) {
        if (foreign != null) {
            Shared.call(foreign, "refuse", address, reply);
            return;
        }
        if (gate == null) {
            throw new IllegalStateException("Only the shared SMTP server has a gate that refuses recipients");
        }
        gate.refuse(address, reply);
    }

    /** Accepts mail for {@code address} again after {@link #refuse}. */
    public void accept(String address) {
        if (foreign != null) {
            Shared.call(foreign, "accept", address);
            return;
        }
        if (gate != null) {
            gate.accept(address);
        }
    }

    public String host() {
        return HOST;
    }

    /** Every message received so far, oldest first (a message to two recipients is there twice). */
    public List<MimeMessage> received() {
        if (foreign != null) {
            Session session = Session.getInstance(new Properties());
            List<MimeMessage> messages = new ArrayList<>();
            for (Object raw : (List<?>) Shared.call(foreign, "receivedRaw")) {
                try {
                    messages.add(new MimeMessage(session, new ByteArrayInputStream((byte[]) raw)));
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return messages;
        }
        return List.of(greenMail.getReceivedMessages());
    }

    /**
     * Waits until at least {@code count} messages have been received and returns all received.
     *
     * @throws AssertionError when fewer arrive within {@code timeout}
     */
    public List<MimeMessage> awaitMessages(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> messages = received();
        while (messages.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            messages = received();
        }
        if (messages.size() < count) {
            List<String> subjects = new ArrayList<>();
            for (MimeMessage message : messages) {
                try {
                    subjects.add(String.valueOf(message.getSubject()));
                } catch (MessagingException e) {
                    subjects.add("?");
                }
            }
            throw new AssertionError("Expected at least " + count + " messages within " + timeout + " but received "
                    + messages.size() + " " + subjects);
        }
        return messages;
    }

    /** Forgets all received messages. */
    public void reset() {
        if (foreign != null) {
            Shared.call(foreign, "reset");
            return;
        }
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server (does nothing on a server shared from another class loader). */
    @Override
    public void close() {
        if (gate != null) {
            gate.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    List<byte[]> receivedRaw() {
        List<byte[]> raw = new ArrayList<>();
        for (MimeMessage message : received()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                message.writeTo(out);
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException(e);
            }
            raw.add(out.toByteArray());
        }
        return raw;
    }
}
