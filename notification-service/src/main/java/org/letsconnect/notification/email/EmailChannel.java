package org.letsconnect.notification.email;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.delivery.DeliveryChannel;
import org.letsconnect.notification.delivery.OutgoingMessage;
import org.letsconnect.notification.delivery.SendOutcome;
import org.letsconnect.notification.notification.Channel;

import io.quarkus.logging.Log;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;

/**
 * E-mail through the configured SMTP server. What the server answers decides the outcome: a 4xx, a refused or lost
 * connection fail for now; a 5xx for the address (unknown user, bad mailbox) fails for good and turns e-mail off for
 * the person; another 5xx (the message refused) fails for good. Addresses are never logged.
 */
@ApplicationScoped
public class EmailChannel implements DeliveryChannel {

    /** The person has no address (never gave one, or removed it). */
    public static final String NO_ADDRESS = "no-address";
    /** The server says the address does not exist or takes no mail. */
    public static final String UNKNOWN_ADDRESS = "unknown-address";
    /** The address cannot even be written into a mail. */
    public static final String INVALID_ADDRESS = "invalid-address";
    /** The server refused the message for good for another reason (policy, size). */
    public static final String SMTP_REJECTED = "smtp-rejected";
    /** The server answered 4xx: try again later. */
    public static final String SMTP_TEMPORARY = "smtp-temporary";
    /** The server could not be reached or did not answer. */
    public static final String SMTP_UNAVAILABLE = "smtp-unavailable";

    private static final Pattern ENHANCED_STATUS = Pattern.compile("\\b5\\.(\\d{1,3})\\.\\d{1,3}\\b");

    private final ReactiveMailer mailer;
    private final MailComposer composer;

    public EmailChannel(ReactiveMailer mailer, MailComposer composer) {
        this.mailer = mailer;
        this.composer = composer;
    }

    @Override
    public String name() {
        return Channel.EMAIL;
    }

    @Override
    public Uni<SendOutcome> send(OutgoingMessage message) {
        String address = message.addressee().email();
        if (address == null || address.isBlank()) {
            return Uni.createFrom().item(SendOutcome.permanent(NO_ADDRESS));
        }
        return Uni.createFrom().deferred(() -> mailer.send(composer.compose(message)))
                .replaceWith(SendOutcome.sent())
                .onFailure().recoverWithItem(failure -> outcome(message, failure));
    }

    static SendOutcome outcome(OutgoingMessage message, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                Log.infof("Delivery %s: the SMTP server answered %d", message.deliveryId(), smtp.getReplyCode());
                if (smtp.isTransient()) {
                    return SendOutcome.temporary(SMTP_TEMPORARY);
                }
                return isAddressRefused(smtp) ? SendOutcome.unreachable(UNKNOWN_ADDRESS)
                        : SendOutcome.permanent(SMTP_REJECTED);
            }
            if (cause instanceof ConnectException || cause instanceof TimeoutException) {
                break;
            }
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null
                    && cause.getMessage().contains("address is invalid")) {
                return SendOutcome.unreachable(INVALID_ADDRESS);
            }
        }
        // the exception's message may name the address: only its type is logged
        Log.infof("Delivery %s: the SMTP server could not be reached (%s)", message.deliveryId(),
                failure.getClass().getName());
        return SendOutcome.temporary(SMTP_UNAVAILABLE);
    }

    /**
     * The mailbox is unknown or unusable, not the message: an enhanced status 5.1.x (RFC 3463), or without one
     * 550/551/553 (a 550 with 5.7.x is a policy refusal of the message).
     */
    static boolean isAddressRefused(SMTPException smtp) {
        Matcher enhanced = ENHANCED_STATUS.matcher(smtp.getReplyMessage() == null ? "" : smtp.getReplyMessage());
        if (enhanced.find()) {
            return enhanced.group(1).equals("1");
        }
        int code = smtp.getReplyCode();
        return code == 550 || code == 551 || code == 553;
    }
}
