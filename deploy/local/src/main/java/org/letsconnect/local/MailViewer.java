package org.letsconnect.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;

import org.letsconnect.testkit.Smtp;
import org.letsconnect.testkit.Smtp.KeptMail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web page over the local SMTP server's mail, for a person to read what the services sent: {@code /} lists every
 * mail kept, newest first; {@code /mail/{n}} shows mail n (numbered from 1, oldest first) with its headers, its HTML
 * part in a sandboxed frame, its text part and its invitation; {@code /mail/{n}/html}, {@code …/text},
 * {@code …/invite.ics} and {@code …/raw} serve the parts and the whole source. It lives in the local stack, not in
 * testkit: tests read mail through {@link Smtp#received()}, only a person needs pages.
 */
final class MailViewer implements AutoCloseable {

    /** The viewer's own pages: no scripts, nothing from elsewhere, only its own frames. */
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** A mail's HTML as sent: inline styles and embedded images only, no scripts, forms or plugins. */
    private static final String MAIL_HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";
    /** Text, calendar and source: nothing to run if a browser renders them after all. */
    private static final String PLAIN_POLICY = "default-src 'none'; sandbox";
    private static final Pattern MAIL_PATH = Pattern.compile("/mail/(\\d+)(/html|/text|/invite\\.ics|/raw)?");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#202122}
            table{border-collapse:collapse}td,th{border-bottom:1px solid #c8ccd1;padding:.3em .6em;text-align:start;\
            vertical-align:top}th{background:#eaecf0}
            .headers td:first-child{font-family:monospace;white-space:nowrap}.headers td{font-family:monospace;\
            word-break:break-all}
            pre{background:#f8f9fa;border:1px solid #c8ccd1;padding:.8em;white-space:pre-wrap}
            iframe{width:100%;height:40em;border:1px solid #c8ccd1}
            """;

    private final Smtp smtp;
    private final HttpServer server;
    private final ExecutorService executor;

    private MailViewer(Smtp smtp, HttpServer server, ExecutorService executor) {
        this.smtp = smtp;
        this.server = server;
        this.executor = executor;
    }

    /** Serves {@code smtp}'s mail on {@code port} (0 for a free one) of the loopback interface. */
    static MailViewer start(Smtp smtp, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "mail-viewer");
                thread.setDaemon(true);
                return thread;
            });
            MailViewer viewer = new MailViewer(smtp, server, executor);
            server.createContext("/", viewer::handle);
            server.setExecutor(executor);
            server.start();
            return viewer;
        } catch (IOException e) {
            throw new UncheckedIOException("The mail viewer could not listen on port " + port, e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://localhost:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, "text/plain", PLAIN_POLICY, "Only GET.");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            List<KeptMail> kept = smtp.kept();
            if (path.equals("/")) {
                send(exchange, 200, "text/html", PAGE_POLICY, listPage(kept));
                return;
            }
            Matcher matcher = MAIL_PATH.matcher(path);
            int number = matcher.matches() ? parseNumber(matcher.group(1)) : 0;
            if (number < 1 || number > kept.size()) {
                send(exchange, 404, "text/plain", PLAIN_POLICY, "No such mail; all of them are at /.");
                return;
            }
            KeptMail mail = kept.get(number - 1);
            MailContent content = MailContent.of(mail.message());
            String part = matcher.group(2) == null ? "" : matcher.group(2);
            switch (part) {
                case "" -> send(exchange, 200, "text/html", PAGE_POLICY, mailPage(number, mail, content));
                case "/html" -> sendPart(exchange, "text/html", MAIL_HTML_POLICY, content.html(), null);
                case "/text" -> sendPart(exchange, "text/plain", PLAIN_POLICY, content.text(), null);
                case "/invite.ics" -> sendPart(exchange, "text/calendar" + content.calendarMethod()
                        .map(method -> "; method=" + method).orElse(""), PLAIN_POLICY, content.calendar(),
                        "invite.ics");
                default -> sendRaw(exchange, mail);
            }
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain", PLAIN_POLICY, "The mail could not be read: " + e);
        }
    }

    private static int parseNumber(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String listPage(List<KeptMail> kept) {
        StringBuilder page = pageStart("Mail kept by the local SMTP server");
        page.append("<h1>Mail kept by the local SMTP server</h1><p>").append(kept.size())
                .append(kept.size() == 1 ? " mail" : " mails").append(", newest first; reload for new ones. ")
                .append(escape(imapHint())).append("</p>");
        page.append("<table><thead><tr><th>#</th><th>Received</th><th>To</th><th>Subject</th><th>Language</th>"
                + "<th>Invitation</th></tr></thead><tbody>");
        for (int number = kept.size(); number >= 1; number--) {
            KeptMail mail = kept.get(number - 1);
            MailContent content = MailContent.of(mail.message());
            String link = "/mail/" + number;
            page.append("<tr><td><a href=\"").append(link).append("\">").append(number).append("</a></td><td>")
                    .append(escape(TIME.format(mail.receivedAt()))).append("</td><td>")
                    .append(escape(mail.recipient())).append("</td><td dir=\"auto\"><a href=\"").append(link)
                    .append("\">").append(escape(subjectOf(content)))
                    .append("</a></td><td>").append(escape(content.language().orElse("")))
                    .append("</td><td>").append(escape(invitation(content))).append("</td></tr>");
        }
        return page.append("</tbody></table></body></html>").toString();
    }

    private static String mailPage(int number, KeptMail mail, MailContent content) {
        String base = "/mail/" + number;
        StringBuilder page = pageStart(subjectOf(content));
        page.append("<p><a href=\"/\">All mail</a> · <a href=\"").append(base).append("/raw\">Source</a>");
        if (content.hasInvitation()) {
            page.append(" · <a href=\"").append(base).append("/invite.ics\">Invitation (.ics)</a>");
        }
        page.append("</p><h1 dir=\"auto\">").append(escape(subjectOf(content))).append("</h1><table>");
        fact(page, "Received", TIME.format(mail.receivedAt()));
        fact(page, "Delivered to", mail.recipient());
        fact(page, "From", content.from());
        fact(page, "To", content.to());
        fact(page, "Language", content.language().orElse("(none given)"));
        fact(page, "Invitation", content.hasInvitation() ? invitation(content) : "none");
        page.append("</table><h2>Headers</h2><table class=\"headers\">");
        for (Header header : content.headers()) {
            page.append("<tr><td>").append(escape(header.getName())).append("</td><td>")
                    .append(escape(MimeUtility.unfold(header.getValue()))).append("</td></tr>");
        }
        page.append("</table><h2>HTML part</h2>");
        if (content.html().isPresent()) {
            page.append("<p><a href=\"").append(base).append("/html\">Open on its own</a></p><iframe sandbox src=\"")
                    .append(base).append("/html\" title=\"The mail's HTML part\"></iframe>");
        } else {
            page.append("<p>None.</p>");
        }
        page.append("<h2>Text part</h2>");
        preformatted(page, content.text());
        if (content.hasInvitation()) {
            page.append("<h2>Invitation</h2>");
            preformatted(page, content.calendar());
        }
        return page.append("</body></html>").toString();
    }

    private static StringBuilder pageStart(String title) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
    }

    private static void fact(StringBuilder page, String name, String value) {
        page.append("<tr><th>").append(name).append("</th><td dir=\"auto\">").append(escape(value))
                .append("</td></tr>");
    }

    private static void preformatted(StringBuilder page, Optional<String> text) {
        if (text.isPresent()) {
            page.append("<pre dir=\"auto\">").append(escape(text.get())).append("</pre>");
        } else {
            page.append("<p>None.</p>");
        }
    }

    private static String subjectOf(MailContent content) {
        return content.subject().isEmpty() ? "(no subject)" : content.subject();
    }

    private static String invitation(MailContent content) {
        return content.hasInvitation() ? content.calendarMethod().orElse("yes") : "";
    }

    private String imapHint() {
        return smtp.imapPort().stream()
                .mapToObj(port -> "In a mail client: IMAP localhost:" + port
                        + ", no encryption, user name the recipient's address, any password.")
                .findFirst().orElse("");
    }

    private static void sendPart(HttpExchange exchange, String type, String policy, Optional<String> part,
            String downloadName) throws IOException {
        if (part.isEmpty()) {
            send(exchange, 404, "text/plain", PLAIN_POLICY, "This mail has no such part.");
            return;
        }
        if (downloadName != null) {
            exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + downloadName + "\"");
        }
        send(exchange, 200, type, policy, part.get());
    }

    private static void sendRaw(HttpExchange exchange, KeptMail mail) throws IOException {
        ByteArrayOutputStream source = new ByteArrayOutputStream();
        try {
            mail.message().writeTo(source);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        send(exchange, 200, "text/plain", PLAIN_POLICY, source.toByteArray());
    }

    private static void send(HttpExchange exchange, int status, String type, String policy, String body)
            throws IOException {
        send(exchange, status, type, policy, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, String policy, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=UTF-8");
        exchange.getResponseHeaders().set("Content-Security-Policy", policy);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Text as HTML text or attribute value. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
