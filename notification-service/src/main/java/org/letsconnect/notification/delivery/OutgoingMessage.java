package org.letsconnect.notification.delivery;

import java.util.UUID;

import org.letsconnect.notification.notification.Notification;
import org.letsconnect.notification.recipient.Addressee;
import org.letsconnect.notification.template.RenderedMessage;

/**
 * One delivery ready to go out on a channel.
 *
 * @param deliveryId the same on every attempt: channels use it to let the receiver drop a repeat (e-mail's
 *        {@code Message-ID}, the talk page's hidden marker)
 * @param addressee who it goes to, with their private address
 * @param message the words, rendered for the addressee; null for a channel that sends none
 *        ({@link DeliveryChannel#sendsRenderedMessage()})
 */
public record OutgoingMessage(UUID deliveryId, Notification notification, Addressee addressee,
        RenderedMessage message) {
}
