package org.letsconnect.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.notification.Channel;

import io.smallrye.mutiny.Uni;

/** The in-app inbox: a delivery marked sent is what the inbox shows, so sending is only that. */
@ApplicationScoped
public class InAppChannel implements DeliveryChannel {

    @Override
    public String name() {
        return Channel.IN_APP;
    }

    @Override
    public Uni<SendOutcome> send(OutgoingMessage message) {
        return Uni.createFrom().item(SendOutcome.sent());
    }
}
