package org.letsconnect.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * What a person wants to see of a mail: its headers as sent, its subject decoded, its language and its HTML, text
 * and calendar parts decoded from their transfer encoding and charset.
 *
 * @param calendarMethod the invitation's method ({@code REQUEST}, {@code CANCEL} …): the MIME type's
 *        {@code method} parameter, else the calendar's {@code METHOD:} line; empty without an invitation
 */
record MailContent(List<Header> headers, String subject, String from, String to, Optional<String> language,
        Optional<String> html, Optional<String> text, Optional<String> calendar, Optional<String> calendarMethod) {

    private static final Pattern HTML_ROOT_LANG = Pattern.compile(
            "<html\\b[^>]*?\\blang\\s*=\\s*[\"']?([A-Za-z0-9-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALENDAR_METHOD = Pattern.compile("^METHOD:(\\S+)",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    static MailContent of(MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.collect(message);
            Optional<String> language = firstLanguage(message)
                    .or(() -> parts.htmlPart.flatMap(MailContent::firstLanguage))
                    .or(() -> parts.textPart.flatMap(MailContent::firstLanguage))
                    .or(() -> parts.html.flatMap(MailContent::htmlRootLanguage));
            Optional<String> method = parts.calendarType.map(type -> type.getParameter("method"))
                    .or(() -> parts.calendar.flatMap(MailContent::calendarMethodLine))
                    .map(value -> value.toUpperCase(Locale.ROOT));
            return new MailContent(Collections.list(message.getAllHeaders()), orEmpty(message.getSubject()),
                    decodedHeader(message, "From"), decodedHeader(message, "To"), language, parts.html, parts.text,
                    parts.calendar, method);
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }

    boolean hasInvitation() {
        return calendar.isPresent();
    }

    private static Optional<String> firstLanguage(Part part) {
        try {
            String[] languages = part.getHeader("Content-Language");
            if (languages == null || languages.length == 0 || languages[0].isBlank()) {
                return Optional.empty();
            }
            return Optional.of(languages[0].split(",")[0].trim());
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> htmlRootLanguage(String html) {
        Matcher matcher = HTML_ROOT_LANG.matcher(html);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<String> calendarMethodLine(String calendar) {
        Matcher matcher = CALENDAR_METHOD.matcher(calendar);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String decodedHeader(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ", ");
        if (value == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (IOException e) {
            return value;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The first HTML, text and calendar part of a MIME tree. */
    private static final class Parts {
        Optional<Part> htmlPart = Optional.empty();
        Optional<Part> textPart = Optional.empty();
        Optional<String> html = Optional.empty();
        Optional<String> text = Optional.empty();
        Optional<String> calendar = Optional.empty();
        Optional<ContentType> calendarType = Optional.empty();

        void collect(Part part) throws MessagingException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) content(part);
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (isCalendar(part)) {
                if (calendar.isEmpty()) {
                    calendar = Optional.of(decoded(part));
                    calendarType = Optional.of(new ContentType(part.getContentType()));
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            } else if (part.isMimeType("text/html") && html.isEmpty()) {
                htmlPart = Optional.of(part);
                html = Optional.of(decoded(part));
            } else if (part.isMimeType("text/plain") && text.isEmpty()) {
                textPart = Optional.of(part);
                text = Optional.of(decoded(part));
            }
        }

        private static boolean isCalendar(Part part) throws MessagingException {
            String fileName = part.getFileName();
            return part.isMimeType("text/calendar") || part.isMimeType("application/ics")
                    || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".ics"));
        }

        private static Object content(Part part) throws MessagingException {
            try {
                return part.getContent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The part's text: its transfer encoding undone, its bytes read in its charset (UTF-8 when none). */
        private static String decoded(Part part) throws MessagingException {
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), charsetOf(part));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Charset charsetOf(Part part) throws MessagingException {
            String charset = new ContentType(part.getContentType()).getParameter("charset");
            if (charset == null) {
                return StandardCharsets.UTF_8;
            }
            try {
                return Charset.forName(MimeUtility.javaCharset(charset));
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }
    }
}
