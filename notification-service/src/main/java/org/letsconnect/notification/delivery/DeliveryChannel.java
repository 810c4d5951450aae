package org.letsconnect.notification.delivery;

import io.smallrye.mutiny.Uni;

/**
 * A way of reaching people (e-mail, the in-app inbox, Telegram, a talk page): a CDI bean the worker finds by
 * {@link #name()}. A channel never logs an address and answers every failure it understands as a
 * {@link SendOutcome}; anything it lets fail is taken as a temporary failure.
 */
public interface DeliveryChannel {

    /** The channel code the deliveries carry ({@code email}, {@code in-app} …). */
    String name();

    /**
     * Whether the channel sends words the worker renders; false for one that only marks the delivery (the inbox puts
     * a notification into words when it is read), whose {@link OutgoingMessage#message()} is then null.
     */
    default boolean sendsRenderedMessage() {
        return true;
    }

    /** Sends one message; the same delivery may come again after a crash, so the channel should let it be dropped. */
    Uni<SendOutcome> send(OutgoingMessage message);
}
