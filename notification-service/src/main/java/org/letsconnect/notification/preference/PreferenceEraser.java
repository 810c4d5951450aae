package org.letsconnect.notification.preference;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.recipient.RecipientDataHolder;
import org.letsconnect.notification.recipient.RecipientKind;

import io.smallrye.mutiny.Uni;

/** Forgets a participant's preferences and the channels turned off for them when they erase their profile. */
@ApplicationScoped
public class PreferenceEraser implements RecipientDataHolder {

    @Override
    public Uni<Void> forget(UUID participantId) {
        return NotificationPreference.deleteById(participantId)
                .call(() -> ChannelTurnOff.delete("recipientKind = ?1 and recipientId = ?2",
                        RecipientKind.PARTICIPANT.code(), participantId))
                .replaceWithVoid();
    }
}
