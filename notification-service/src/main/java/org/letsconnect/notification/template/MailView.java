package org.letsconnect.notification.template;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * What the mail templates ({@code templates/mail/notification.html} and {@code .txt}) lay out: every text already
 * in the reader's language. Qute escapes each value in the HTML.
 *
 * @param action the main button, or null
 * @param links resources and other links listed in the body, possibly none
 * @param preferencesUrl null for a guest (a guest has no settings page)
 */
@TemplateData
public record MailView(String lang, String dir, String align, String subject, String greeting,
        List<String> paragraphs, List<Link> links, Link action, String footer, String unsubscribeLabel,
        String unsubscribeUrl, String preferencesLabel, String preferencesUrl) {

    @TemplateData
    public record Link(String label, String url) {
    }
}
