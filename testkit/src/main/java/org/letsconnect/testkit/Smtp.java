package org.letsconnect.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on the loopback interface that accepts any sender, any recipient and any login
 * (or none), keeps every message in memory and delivers nothing. Optionally it also serves the kept mail over
 * IMAP, where any login works: GreenMail (2.1.3, authentication disabled) files each mail under a user whose login
 * is the recipient's address, accepts any password for an existing login and creates an empty mailbox for an
 * unknown one, so a mail client signs in with the recipient's address and any password.
 * The shared instance is reached through a gate ({@link #refuse}) that can make the server say no to chosen
 * recipients, as a real one does.
 */
public final class Smtp implements AutoCloseable {

    private static final String HOST = "localhost";

    private final GreenMail greenMail; // null when attached to a server of another class loader
    private final Object foreign;
    private final int port;
    private final OptionalInt imapPort;
    private final SmtpGate gate; // null for a server started without one, or attached

    private Smtp(GreenMail greenMail, Object foreign, int port, OptionalInt imapPort, SmtpGate gate) {
        this.greenMail = greenMail;
        this.foreign = foreign;
        this.port = port;
        this.imapPort = imapPort;
        this.gate = gate;
    }

    /**
     * A mail as kept for one recipient.
     *
     * @param recipient the envelope recipient whose mailbox holds it (also for Bcc, which no header shows)
     * @param receivedAt when the server received it
     */
    public record KeptMail(String recipient, Instant receivedAt, MimeMessage message) {
    }

    /** The JVM's test SMTP server, started on first use on a free port. */
    public static Smtp shared() {
        return Shared.get("smtp", Smtp.class, () -> {
            Smtp server = start(0);
            Smtp smtp = new Smtp(server.greenMail, null, 0, server.imapPort, SmtpGate.open(server.port));
            Shared.onShutdown("smtp", smtp::close);
            return smtp;
        }, foreign -> new Smtp(null, foreign, (Integer) Shared.call(foreign, "port"), OptionalInt.empty(), null));
    }

    /** Starts a server on {@code port} (0 for a free one). */
    public static Smtp start(int port) {
        return start(new ServerSetup[] { smtpSetup(port) });
    }

    /** Starts a server on {@code port} that also serves the kept mail over IMAP on {@code imapPort} (0: free). */
    public static Smtp start(int port, int imapPort) {
        return start(new ServerSetup[] { smtpSetup(port),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
    }

    private static ServerSetup smtpSetup(int port) {
        return new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    private static Smtp start(ServerSetup[] setups) {
        QuietLogging.apply();
        GreenMail greenMail = new GreenMail(setups)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        OptionalInt imapPort = greenMail.getImap() == null ? OptionalInt.empty()
                : OptionalInt.of(greenMail.getImap().getPort());
        return new Smtp(greenMail, null, greenMail.getSmtp().getPort(), imapPort, null);
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

    /** The IMAP port, when this server was started with IMAP. */
    public OptionalInt imapPort() {
        return imapPort;
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
     * Every mail kept, oldest first, once per recipient, from every folder of the recipient's mailbox (a mail
     * client connected over IMAP may have moved some).
     */
    public List<KeptMail> kept() {
        List<KeptMail> kept = new ArrayList<>();
        if (foreign != null) {
            Session session = Session.getInstance(new Properties());
            for (Object raw : (List<?>) Shared.call(foreign, "keptRaw")) {
                List<?> fields = (List<?>) raw;
                try {
                    kept.add(new KeptMail((String) fields.get(0), Instant.ofEpochMilli((Long) fields.get(1)),
                            new MimeMessage(session, new ByteArrayInputStream((byte[]) fields.get(2)))));
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return kept;
        }
        ImapHostManager mailboxes = greenMail.getManagers().getImapHostManager();
        List<FiledMessage> found = new ArrayList<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            try {
                for (MailFolder folder : mailboxes.listMailboxes(user, "*")) {
                    for (StoredMessage message : folder.getMessages()) {
                        found.add(new FiledMessage(user.getEmail(), message));
                    }
                }
            } catch (FolderException e) {
                throw new IllegalStateException(e);
            }
        }
        found.sort(Comparator.comparing((FiledMessage filed) -> filed.message().getReceivedDate())
                .thenComparing(FiledMessage::recipient).thenComparingLong(filed -> filed.message().getUid()));
        for (FiledMessage each : found) {
            kept.add(new KeptMail(each.recipient(), each.message().getReceivedDate().toInstant(),
                    each.message().getMimeMessage()));
        }
        return kept;
    }

    private record FiledMessage(String recipient, StoredMessage message) {
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

    List<List<Object>> keptRaw() {
        List<List<Object>> raw = new ArrayList<>();
        for (KeptMail mail : kept()) {
            raw.add(List.of(mail.recipient(), mail.receivedAt().toEpochMilli(), bytesOf(mail.message())));
        }
        return raw;
    }

    private static byte[] bytesOf(MimeMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    List<byte[]> receivedRaw() {
        List<byte[]> raw = new ArrayList<>();
        for (MimeMessage message : received()) {
            raw.add(bytesOf(message));
        }
        return raw;
    }
}
