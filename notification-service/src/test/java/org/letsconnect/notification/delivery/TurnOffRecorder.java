package org.letsconnect.notification.delivery;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.letsconnect.notification.preference.NotificationPreferences;
import org.letsconnect.notification.recipient.RecipientKind;

import io.smallrye.mutiny.Uni;

/**
 * The preferences as they are, with every channel turned off remembered, so tests can see that a permanent failure
 * turned the channel off.
 */
@Alternative
@Priority(1)
@Singleton
public class TurnOffRecorder extends NotificationPreferences {

    /** A channel turned off for a person. */
    public record TurnedOff(RecipientKind kind, UUID recipientId, String channel, String reason) {
    }

    private final List<TurnedOff> turnedOff = new CopyOnWriteArrayList<>();

    @Override
    public Uni<Void> turnOff(RecipientKind kind, UUID recipientId, String channel, String reason) {
        return super.turnOff(kind, recipientId, channel, reason)
                .invoke(() -> turnedOff.add(new TurnedOff(kind, recipientId, channel, reason)));
    }

    public List<TurnedOff> turnedOff() {
        return List.copyOf(turnedOff);
    }
}
