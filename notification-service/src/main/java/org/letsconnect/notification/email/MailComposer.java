package org.letsconnect.notification.email;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letsconnect.notification.delivery.OutgoingMessage;
import org.letsconnect.notification.recipient.RecipientKind;
import org.letsconnect.notification.template.RenderedMessage;
import org.letsconnect.notification.unsubscribe.UnsubscribeLinks;

import io.quarkus.mailer.Attachment;
import io.quarkus.mailer.Mail;

/**
 * Puts a rendered message into a mail: the text alternative always and the HTML; a {@code Message-ID} made of the
 * delivery id, so every attempt of one delivery is the same message to the receiver; the one-click unsubscribe
 * headers of RFC 8058; {@code Content-Language}; and an invitation as a {@code text/calendar} part whose
 * {@code method} is the calendar's own {@code METHOD} (iMIP, RFC 6047).
 */
@ApplicationScoped
public class MailComposer {

    static final String INVITATION_FILE = "invitation.ics";
    private static final Pattern METHOD = Pattern.compile("(?m)^METHOD:([A-Za-z-]+)\\r?$");

    private final UnsubscribeLinks unsubscribeLinks;
    private final String messageIdDomain;

    public MailComposer(UnsubscribeLinks unsubscribeLinks,
            @ConfigProperty(name = "letsconnect.notification.email.message-id-domain") String messageIdDomain) {
        this.unsubscribeLinks = unsubscribeLinks;
        this.messageIdDomain = messageIdDomain;
    }

    public Mail compose(OutgoingMessage outgoing) {
        RenderedMessage message = outgoing.message();
        Mail mail = new Mail();
        mail.setTo(List.of(outgoing.addressee().email()));
        mail.setSubject(message.subject());
        mail.setText(message.text());
        mail.setHtml(message.html());
        mail.addHeader("Message-ID", messageId(outgoing));
        String unsubscribe = unsubscribeLinks.oneClickUrl(RecipientKind.of(outgoing.notification().recipientKind),
                outgoing.notification().recipientId, outgoing.notification().category);
        mail.addHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mail.addHeader("Content-Language", message.language());
        RenderedMessage.Invitation invitation = message.invitation();
        if (invitation != null) {
            String method = calendarMethod(invitation);
            mail.addAttachment(INVITATION_FILE, invitation.ics().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + method, null, Attachment.DISPOSITION_ATTACHMENT);
        }
        return mail;
    }

    /** {@code <delivery-id@domain>}: the same on every attempt, so a receiver can drop a repeat. */
    String messageId(OutgoingMessage outgoing) {
        return "<" + outgoing.deliveryId() + "@" + messageIdDomain + ">";
    }

    /**
     * The calendar's own {@code METHOD}, which the MIME part must repeat; the invitation's method only when the
     * calendar names none.
     */
    static String calendarMethod(RenderedMessage.Invitation invitation) {
        Matcher matcher = METHOD.matcher(invitation.ics());
        String method = matcher.find() ? matcher.group(1) : invitation.method();
        if (method == null || !method.matches("[A-Za-z-]+")) {
            throw new IllegalArgumentException("An invitation without a calendar METHOD");
        }
        return method.toUpperCase(java.util.Locale.ROOT);
    }
}
