package org.letsconnect.testkit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP front of the test SMTP server: it passes every session through, command by command, except that it
 * answers {@code RCPT TO} for chosen addresses itself — {@code 451} to fail them for now, {@code 550} to refuse
 * them for good — so tests see how a service handles an SMTP server that says no. The server behind advertises no
 * pipelining, so a session is strictly one command, one reply.
 */
final class SmtpGate implements AutoCloseable {

    private static final Pattern RCPT_TO = Pattern.compile("RCPT TO:\\s?<([^>]*)>.*", Pattern.CASE_INSENSITIVE);

    private final ServerSocket server;
    private final int backendPort;
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private SmtpGate(ServerSocket server, int backendPort) {
        this.server = server;
        this.backendPort = backendPort;
    }

    /** Opens a gate on a free loopback port in front of the SMTP server on {@code backendPort}. */
    static SmtpGate open(int backendPort) {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            SmtpGate gate = new SmtpGate(server, backendPort);
            Thread acceptor = new Thread(gate::accept, "testkit-smtp-gate");
            acceptor.setDaemon(true);
            acceptor.start();
            return gate;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the SMTP gate", e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** Answers {@code RCPT TO:<address>} with {@code reply} (e.g. {@code 550 5.1.1 No such user}) from now on. */
    void refuse(String address, String reply) {
        refusals.put(address.toLowerCase(Locale.ROOT), reply);
    }

    /** Passes {@code address} through again. */
    void accept(String address) {
        refusals.remove(address.toLowerCase(Locale.ROOT));
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Thread session = new Thread(() -> pass(client), "testkit-smtp-gate-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("SMTP gate: " + e);
                }
            }
        }
    }

    private void pass(Socket client) {
        try (client; Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort)) {
            InputStream fromClient = new BufferedInputStream(client.getInputStream());
            OutputStream toClient = client.getOutputStream();
            InputStream fromServer = new BufferedInputStream(backend.getInputStream());
            OutputStream toServer = backend.getOutputStream();
            relayReply(fromServer, toClient); // greeting
            while (true) {
                byte[] line = readLine(fromClient);
                if (line == null) {
                    return;
                }
                String command = new String(line, StandardCharsets.US_ASCII).trim();
                Matcher rcpt = RCPT_TO.matcher(command);
                String refusal = rcpt.matches() ? refusals.get(rcpt.group(1).toLowerCase(Locale.ROOT)) : null;
                if (refusal != null) {
                    toClient.write((refusal + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    toClient.flush();
                    continue;
                }
                toServer.write(line);
                toServer.flush();
                String reply = relayReply(fromServer, toClient);
                if (command.equalsIgnoreCase("DATA") && reply.startsWith("354")) {
                    relayData(fromClient, toServer);
                    relayReply(fromServer, toClient);
                } else if (command.equalsIgnoreCase("QUIT") || reply == null) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client or the server hung up
        }
    }

    /** Copies the message up to and including the line with the single dot. */
    private static void relayData(InputStream fromClient, OutputStream toServer) throws IOException {
        while (true) {
            byte[] line = readLine(fromClient);
            if (line == null) {
                return;
            }
            toServer.write(line);
            if (new String(line, StandardCharsets.US_ASCII).equals(".\r\n")) {
                toServer.flush();
                return;
            }
        }
    }

    /** Copies one reply, all its lines ({@code 250-…} continues, {@code 250 …} ends); answers its last line. */
    private static String relayReply(InputStream fromServer, OutputStream toClient) throws IOException {
        while (true) {
            byte[] line = readLine(fromServer);
            if (line == null) {
                return null;
            }
            toClient.write(line);
            String text = new String(line, StandardCharsets.US_ASCII);
            if (text.length() < 4 || text.charAt(3) != '-') {
                toClient.flush();
                return text;
            }
        }
    }

    /** One line with its line end, or null at the end of the stream. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }
}
