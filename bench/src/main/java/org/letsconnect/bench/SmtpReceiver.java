package org.letsconnect.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server of the benchmarks, run as a process of its own ({@code java … SmtpReceiver <port> <log file>}):
 * GreenMail accepting any sender and recipient, keeping nothing, and writing one line per received message and
 * recipient to the log file: the receive time (epoch microseconds, taken when the message has been read), the
 * {@code Message-ID} header, the envelope recipient and, for every tenth message, the size in bytes (else -1). The
 * file is flushed at least every 50 ms, so a reader sees a mail at most that late; its receive time is unaffected.
 */
public final class SmtpReceiver {

    /** Every how many messages one is measured (writing a message out again costs the receiver time). */
    private static final int SIZED_EVERY = 10;

    private final BufferedWriter log;
    private final AtomicLong received = new AtomicLong();

    private SmtpReceiver(BufferedWriter log) {
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path logFile = Path.of(args[1]);
        SmtpReceiver receiver = new SmtpReceiver(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8));
        GreenMail greenMail = new GreenMail(new ServerSetup[] { new ServerSetup(port, "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP) }).withConfiguration(GreenMailConfiguration.aConfig()
                        .withDisabledAuthentication());
        greenMail.start();
        greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> receiver.recorder(address));
        Thread flusher = new Thread(receiver::flushForever, "receiver-flush");
        flusher.setDaemon(true);
        flusher.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            greenMail.stop();
            receiver.flush();
        }));
        System.out.println("READY " + port);
        System.out.flush();
        Thread.currentThread().join();
    }

    private GreenMailUser recorder(MailAddress address) {
        return new Recorder(address.getEmail());
    }

    private void record(String recipient, MimeMessage message) {
        Instant at = Instant.now();
        long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
        String messageId;
        long size = -1;
        try {
            messageId = message.getHeader("Message-ID", null);
            if (received.incrementAndGet() % SIZED_EVERY == 1) {
                CountingStream counter = new CountingStream();
                message.writeTo(counter);
                size = counter.count;
            }
        } catch (MessagingException | IOException e) {
            messageId = null;
        }
        String line = micros + "\t" + (messageId == null ? "-" : messageId.trim()) + "\t" + recipient + "\t" + size;
        synchronized (log) {
            try {
                log.write(line);
                log.newLine();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void flushForever() {
        while (true) {
            flush();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void flush() {
        synchronized (log) {
            try {
                log.flush();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }

    /** The "mailbox" GreenMail delivers to: records the message instead of keeping it. */
    private final class Recorder implements GreenMailUser {
        private final String email;

        Recorder(String email) {
            this.email = email;
        }

        @Override
        public String getEmail() {
            return email;
        }

        @Override
        public String getLogin() {
            return email;
        }

        @Override
        public void deliver(MovingMessage message) {
            record(email, message.getMessage());
        }

        @Override
        public void deliver(MimeMessage message) {
            record(email, message);
        }

        @Override
        public void create() {
        }

        @Override
        public void delete() {
        }

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public void setPassword(String password) {
        }

        @Override
        public void authenticate(String password) {
        }

        @Override
        public String getQualifiedMailboxName() {
            return email;
        }
    }
}
