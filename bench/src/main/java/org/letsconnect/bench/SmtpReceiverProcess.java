package org.letsconnect.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@link SmtpReceiver} in a process of its own, and what it has logged so far. Its classpath is the module's
 * runtime classpath, written by the build to {@code target/bench.classpath}.
 */
final class SmtpReceiverProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path logFile;
    private final List<ReceivedMail> received = new ArrayList<>();
    private long readUpTo;

    private SmtpReceiverProcess(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    static SmtpReceiverProcess start(Path target, Path logDirectory) throws IOException {
        int port = freePort();
        Path logFile = logDirectory.resolve("smtp-received.tsv");
        Files.deleteIfExists(logFile);
        String classpath = target.resolve("classes") + java.io.File.pathSeparator
                + Files.readString(target.resolve("bench.classpath")).trim();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", classpath, SmtpReceiver.class.getName(),
                Integer.toString(port), logFile.toString())
                .redirectErrorStream(true);
        Process process = builder.start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.startsWith("READY")) {
            // GreenMail's start-up lines
        }
        if (line == null) {
            throw new IllegalStateException("The SMTP receiver ended before it was ready");
        }
        Thread drain = new Thread(() -> {
            try {
                while (output.readLine() != null) {
                    // nothing of interest after READY
                }
            } catch (IOException e) {
                // the receiver ended
            }
        }, "receiver-output");
        drain.setDaemon(true);
        drain.start();
        return new SmtpReceiverProcess(process, port, logFile);
    }

    int port() {
        return port;
    }

    /** Every mail logged so far, in the order logged (the log is read on from where the last call stopped). */
    synchronized List<ReceivedMail> received() throws IOException {
        if (Files.exists(logFile)) {
            try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
                long length = file.length();
                if (length > readUpTo) {
                    byte[] bytes = new byte[(int) (length - readUpTo)];
                    file.seek(readUpTo);
                    file.readFully(bytes);
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    int lastNewline = text.lastIndexOf('\n');
                    if (lastNewline >= 0) {
                        for (String line : text.substring(0, lastNewline).split("\n")) {
                            if (!line.isBlank()) {
                                received.add(ReceivedMail.parse(line));
                            }
                        }
                        readUpTo += text.substring(0, lastNewline + 1).getBytes(StandardCharsets.UTF_8).length;
                    }
                }
            }
        }
        return List.copyOf(received);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
