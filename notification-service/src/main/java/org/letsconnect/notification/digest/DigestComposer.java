package org.letsconnect.notification.digest;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.preference.Digest;
import org.letsconnect.notification.preference.GuestUnsubscribe;
import org.letsconnect.notification.recipient.Addressee;
import org.letsconnect.notification.template.MailView;
import org.letsconnect.notification.template.RenderedMessage;
import org.letsconnect.notification.unsubscribe.UnsubscribeLinks;
import org.letsconnect.platform.i18n.Direction;
import org.letsconnect.platform.i18n.LanguageFallbacks;
import org.letsconnect.platform.i18n.Messages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Puts the notifications a digest holds into one message for the person: a subject counting them, each
 * notification's subject and summary (what the inbox shows), a footer saying why it comes, an unsubscribe link per
 * category in it; in the person's language along its fallback chain, with {@code lang} and {@code dir}, every value
 * escaped by the HTML template.
 */
@ApplicationScoped
public class DigestComposer {

    /** The template name the digest's stand-in notification carries. */
    static final String TEMPLATE = "digest";

    private final Messages messages;
    private final UnsubscribeLinks unsubscribe;
    private final Template html;
    private final Template text;
    private final String frontendUrl;

    public DigestComposer(Messages messages, UnsubscribeLinks unsubscribe, @Location("mail/digest.html") Template html,
            @Location("mail/digest.txt") Template text,
            @ConfigProperty(name = "letsconnect.notification.frontend-url") String frontendUrl) {
        this.messages = messages;
        this.unsubscribe = unsubscribe;
        this.html = html;
        this.text = text;
        this.frontendUrl = frontendUrl;
    }

    /** A notification in the digest, rendered for the person. */
    public record Item(Notification notification, RenderedMessage message) {
    }

    /**
     * The digest's message for every channel (never an invitation: those are not held for a digest).
     *
     * @param digest the person's digest now, for the footer (daily when it is neither daily nor weekly any more)
     */
    public RenderedMessage compose(Addressee addressee, Digest digest, List<Item> items) {
        String reader = addressee.language();
        String language = documentLanguage(reader);
        Direction direction = Direction.of(language);
        int count = items.size();
        String subject = messages.get(reader, "notification-digest-subject", count);
        String name = addressee.name();
        String greeting = name == null || name.isBlank() ? messages.get(reader, "notification-greeting-anonymous")
                : messages.get(reader, "notification-greeting", name);
        String intro = messages.get(reader, "notification-digest-intro", count);
        List<DigestView.Entry> entries = new ArrayList<>();
        StringBuilder summary = new StringBuilder(intro);
        for (Item item : items) {
            entries.add(new DigestView.Entry(item.message().subject(), item.message().summary()));
            summary.append("\n\n").append(item.message().subject()).append('\n').append(item.message().summary());
        }
        List<MailView.Link> unsubscribes = new ArrayList<>();
        for (String category : categories(items)) {
            unsubscribes.add(new MailView.Link(messages.get(reader, "notification-unsubscribe",
                    messages.get(reader, "notification-category-" + category)),
                    unsubscribe.oneClickUrl(addressee.kind(), addressee.recipientId(), category)));
        }
        DigestView view = new DigestView(language, direction.htmlValue(), direction.isRtl() ? "right" : "left",
                subject, greeting, intro, entries,
                messages.get(reader, digest == Digest.WEEKLY ? "notification-digest-footer-weekly"
                        : "notification-digest-footer-daily"),
                unsubscribes, messages.get(reader, "notification-preferences"),
                frontendUrl + "/settings/notifications");
        return new RenderedMessage(language, direction.htmlValue(), subject, text.data("view", view).render(),
                html.data("view", view).render(), null, summary.toString());
    }

    /**
     * The digest as the channels see a notification (never stored): the person, and the category its one-click
     * unsubscribe (RFC 8058 {@code List-Unsubscribe}) names — the one category it holds, or {@code all} when it holds
     * several, since the one click is on the digest as a whole; the body links each category on its own.
     */
    Notification asNotification(Addressee addressee, List<Item> items) {
        List<String> categories = categories(items);
        Notification notification = new Notification();
        notification.recipientKind = addressee.kind().code();
        notification.recipientId = addressee.recipientId();
        notification.category = categories.size() == 1 ? categories.get(0) : GuestUnsubscribe.ALL;
        notification.template = TEMPLATE;
        return notification;
    }

    private static List<String> categories(List<Item> items) {
        List<String> categories = new ArrayList<>();
        for (Item item : items) {
            if (!categories.contains(item.notification().category)) {
                categories.add(item.notification().category);
            }
        }
        return categories;
    }

    /** The first language of the reader's chain that has the digest's texts: the message's {@code lang}. */
    private String documentLanguage(String language) {
        for (String candidate : LanguageFallbacks.chain(language)) {
            if (messages.raw(candidate, "notification-digest-subject").isPresent()) {
                return candidate;
            }
        }
        return LanguageFallbacks.DEFAULT;
    }
}
