package org.letsconnect.notification.telegram;

/**
 * Text for Telegram's HTML parse mode: only {@code <}, {@code >} and {@code &} must be escaped (Telegram's
 * formatting-options documentation); everything else, line breaks included, shows as written.
 */
final class TelegramHtml {

    private TelegramHtml() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * The subject in bold, a blank line, the text; the text is shortened (with "…") so that the whole stays within
     * {@code limit} characters, and never cut inside an escaped character.
     */
    static String message(String subject, String text, int limit) {
        String head = subject == null || subject.isBlank() ? "" : "<b>" + escape(subject.strip()) + "</b>\n\n";
        String body = text == null ? "" : text.strip();
        String escaped = escape(body);
        if (head.length() + escaped.length() <= limit) {
            return head + escaped;
        }
        int room = Math.max(0, limit - head.length() - 1);
        StringBuilder shortened = new StringBuilder();
        for (int i = 0; i < body.length(); i = body.offsetByCodePoints(i, 1)) {
            String next = escape(new String(Character.toChars(body.codePointAt(i))));
            if (shortened.length() + next.length() > room) {
                break;
            }
            shortened.append(next);
        }
        return head + shortened + "…";
    }
}
