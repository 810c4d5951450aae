package org.letsconnect.notification.template;

/**
 * A notification put into words for one person, in one language: what every channel sends.
 *
 * @param language the language it is written in (after the fallback chain)
 * @param direction {@code ltr} or {@code rtl}
 * @param subject the subject line (mail) or title (in-app)
 * @param text the plain-text body, always there
 * @param html the HTML body with {@code lang} and {@code dir}, inline CSS
 * @param invitation an iCalendar invitation to attach, or null
 * @param summary what it says without the greeting and the mail's footer (the paragraphs, the links and the
 *        action): the in-app inbox's body, the Telegram message, the talk-page section
 */
public record RenderedMessage(String language, String direction, String subject, String text, String html,
        Invitation invitation, String summary) {

    /**
     * An iMIP invitation: the calendar text and its {@code METHOD} ({@code REQUEST} or {@code CANCEL}); the MIME
     * part's {@code method=} parameter must equal it.
     */
    public record Invitation(String method, String ics) {
    }
}
