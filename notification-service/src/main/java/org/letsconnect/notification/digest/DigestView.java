package org.letsconnect.notification.digest;

import java.util.List;

import org.letsconnect.notification.template.MailView;

import io.quarkus.qute.TemplateData;

/**
 * What the digest templates ({@code templates/mail/digest.html} and {@code .txt}) lay out: every text already in the
 * reader's language. Qute escapes each value in the HTML.
 *
 * @param entries each notification's subject and summary, oldest first
 * @param unsubscribes a one-click unsubscribe link per category in the digest
 */
@TemplateData
public record DigestView(String lang, String dir, String align, String subject, String greeting, String intro,
        List<Entry> entries, String footer, List<MailView.Link> unsubscribes, String preferencesLabel,
        String preferencesUrl) {

    @TemplateData
    public record Entry(String subject, String summary) {
    }
}
