package org.letsconnect.notification.recipient;

import java.util.UUID;

import io.smallrye.mutiny.Uni;

/**
 * A feature that keeps something about a participant (preferences, channel links, notifications) and must forget
 * it when the participant erases their profile. Runs in the consumer's transaction.
 */
public interface RecipientDataHolder {

    Uni<Void> forget(UUID participantId);
}
