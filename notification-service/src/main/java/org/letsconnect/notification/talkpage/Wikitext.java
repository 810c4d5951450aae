package org.letsconnect.notification.talkpage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text made safe as wikitext, and the hidden marker of a delivery. Escaping follows MediaWiki's
 * {@code wfEscapeWikiText}: the characters that start markup become HTML entities, so a name or title shows as
 * written and can never add a link, a template or a signature. Free http(s) URLs stay bare so the wiki links them.
 */
final class Wikitext {

    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9\\-._~:/?#@!$&()*+,;=%]+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)";

    private Wikitext() {
    }

    /** The marker that tells a later try this delivery is posted already; invisible on the rendered page. */
    static String marker(UUID deliveryId) {
        return "<!-- letsconnect-notification:" + deliveryId + " -->";
    }

    /** A section title: one line, escaped, at most 200 characters. */
    static String title(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (line.length() > 200) {
            line = line.substring(0, 199) + "…";
        }
        return escape(line, true);
    }

    /**
     * The body of the section: paragraphs (blank-line separated) kept, single line breaks as {@code <br />
     * }, then
     * the bot's signature and the marker.
     */
    static String section(String plainText, UUID deliveryId) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : (plainText == null ? "" : plainText.strip()).split("\\R\\s*\\R")) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.split("\\R")) {
                lines.add(withLinks(line.strip()));
            }
            paragraphs.add(String.join("<br />\n", lines));
        }
        return String.join("\n\n", paragraphs) + "\n\n~~~~\n" + marker(deliveryId);
    }

    private static String withLinks(String line) {
        StringBuilder out = new StringBuilder();
        Matcher url = URL.matcher(line);
        int from = 0;
        while (url.find()) {
            int end = url.end();
            while (end > url.start() && TRAILING_PUNCTUATION.indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            out.append(escape(line.substring(from, url.start()), from == 0));
            out.append(line, url.start(), end);
            from = end;
        }
        out.append(escape(line.substring(from), from == 0));
        return out.toString();
    }

    /** MediaWiki's {@code wfEscapeWikiText} for one line; {@code lineStart}: the text begins a line. */
    static String escape(String text, boolean lineStart) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean atStart = lineStart && i == 0;
            switch (c) {
                case '"' -> out.append("&#34;");
                case '&' -> out.append("&#38;");
                case '\'' -> out.append("&#39;");
                case '<' -> out.append("&#60;");
                case '=' -> out.append("&#61;");
                case '>' -> out.append("&#62;");
                case '[' -> out.append("&#91;");
                case ']' -> out.append("&#93;");
                case '{' -> out.append("&#123;");
                case '|' -> out.append("&#124;");
                case '}' -> out.append("&#125;");
                case ';' -> out.append("&#59;");
                case '~' -> out.append("&#126;");
                case '_' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '_' ? "&#95;" : "_");
                case '#', '*', ':', ' ', '-' -> out.append(atStart ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> out.append(c);
            }
        }
        // magic links (ISBN, RFC, PMID) and free URLs in what is escaped as text
        return out.toString().replaceAll("\\b(ISBN|RFC|PMID) ", "$1&#32;").replace("://", "&#58;//");
    }
}
