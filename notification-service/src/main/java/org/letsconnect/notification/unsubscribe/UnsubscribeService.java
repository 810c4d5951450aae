package org.letsconnect.notification.unsubscribe;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.preference.PreferenceService;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.notification.recipient.Recipients;
import org.letsconnect.platform.i18n.Direction;
import org.letsconnect.platform.i18n.LanguageFallbacks;
import org.letsconnect.platform.i18n.Message;
import org.letsconnect.platform.i18n.Messages;
import org.letsconnect.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;

/**
 * One-click unsubscribe (RFC 8058) without signing in: the signed token is the proof of right. A GET only shows a
 * page that offers the unsubscribe (mail scanners fetch links); the POST does it.
 */
@ApplicationScoped
public class UnsubscribeService {

    private final UnsubscribeTokens tokens;
    private final PreferenceService preferences;
    private final Recipients recipients;
    private final Messages messages;
    private final Template page;

    public UnsubscribeService(UnsubscribeTokens tokens, PreferenceService preferences, Recipients recipients,
            Messages messages, @Location("unsubscribe/page.html") Template page) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.recipients = recipients;
        this.messages = messages;
        this.page = page;
    }

    /** The page that explains what the link does and offers a button that does it. */
    @WithSession
    public Uni<String> offer(String token, String acceptLanguage) {
        UnsubscribeTokens.Subject subject = read(token);
        return language(subject, acceptLanguage).map(language -> page.data("lang", language)
                .data("dir", Direction.of(language).htmlValue())
                .data("title", messages.get(language, "notification-unsubscribe-page-title"))
                .data("explanation", messages.get(language, subject.all() ? "notification-unsubscribe-page-all"
                        : "notification-unsubscribe-page-category", category(subject)))
                .data("button", messages.get(language, "notification-unsubscribe-page-button"))
                .data("note", subject.kind() == RecipientKind.PARTICIPANT
                        ? messages.get(language, "notification-unsubscribe-page-preferences")
                        : null)
                .render());
    }

    /** An unsubscribe done: the answer, in the language it is written in. */
    public record Done(String language, UnsubscribeAnswer body) {
    }

    /** Turns the category (or everything) off on every channel for the person the token names. */
    @WithTransaction
    public Uni<Done> unsubscribe(String token, String acceptLanguage) {
        UnsubscribeTokens.Subject subject = read(token);
        return preferences.unsubscribe(subject.kind(), subject.recipientId(), subject.category())
                .flatMap(done -> language(subject, acceptLanguage))
                .map(language -> new Done(language,
                        new UnsubscribeAnswer(subject.category(), true, done(subject, language))));
    }

    /** The page that confirms an unsubscribe, for a person who pressed the button in a browser. */
    public String confirmation(String language, UnsubscribeAnswer answer) {
        return page.data("lang", language)
                .data("dir", Direction.of(language).htmlValue())
                .data("title", messages.get(language, "notification-unsubscribe-page-title"))
                .data("explanation", answer.message())
                .data("button", null)
                .data("note", null)
                .render();
    }

    /**
     * The language to write to the person in: the first of their fallback chain that the page's texts exist in (the
     * browser's language for someone no longer known here).
     */
    private Uni<String> language(UnsubscribeTokens.Subject subject, String acceptLanguage) {
        return recipients.addressee(subject.kind(), subject.recipientId()).map(addressee -> {
            String wanted = addressee != null && addressee.language() != null ? addressee.language()
                    : messages.negotiate(acceptLanguage);
            for (String candidate : LanguageFallbacks.chain(wanted)) {
                if (messages.raw(candidate, "notification-unsubscribe-page-title").isPresent()) {
                    return candidate;
                }
            }
            return LanguageFallbacks.DEFAULT;
        });
    }

    private String done(UnsubscribeTokens.Subject subject, String language) {
        return messages.get(language, subject.all() ? "notification-unsubscribe-done-all"
                : "notification-unsubscribe-done-category", category(subject));
    }

    private static Message category(UnsubscribeTokens.Subject subject) {
        return Message.of("notification-category-" + subject.category());
    }

    private UnsubscribeTokens.Subject read(String token) {
        return tokens.read(token)
                .orElseThrow(() -> ProblemException.notFound("notification-unsubscribe-invalid-link"));
    }
}
