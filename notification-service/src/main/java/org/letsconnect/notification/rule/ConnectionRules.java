package org.letsconnect.notification.rule;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.platform.inbox.ReceivedEvent;

import io.smallrye.mutiny.Uni;

/** Which 1:1 connection event reaches whom, when. */
@ApplicationScoped
public class ConnectionRules {

    public Uni<Void> apply(ReceivedEvent<Object> event) {
        return Uni.createFrom().voidItem();
    }
}
