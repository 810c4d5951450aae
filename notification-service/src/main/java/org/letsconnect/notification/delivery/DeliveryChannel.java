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

    /** Sends one message; the same delivery may come again after a crash, so the channel should let it be dropped. */
    Uni<SendOutcome> send(OutgoingMessage message);
}
