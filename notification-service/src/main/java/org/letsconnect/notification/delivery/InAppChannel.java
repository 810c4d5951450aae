package org.letsconnect.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.notification.Channel;

import io.smallrye.mutiny.Uni;

/**
 * The in-app inbox: a delivery marked sent is what the inbox shows, so sending is only that; the inbox puts the
 * notification into words when it is read, so nothing is rendered here.
 */
@ApplicationScoped
public class InAppChannel implements DeliveryChannel {

    @Override
    public String name() {
        return Channel.IN_APP;
    }

    @Override
    public boolean sendsRenderedMessage() {
        return false;
    }

    @Override
    public Uni<SendOutcome> send(OutgoingMessage message) {
        return Uni.createFrom().item(SendOutcome.sent());
    }
}
