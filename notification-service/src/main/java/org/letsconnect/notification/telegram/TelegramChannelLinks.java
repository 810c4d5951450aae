package org.letsconnect.notification.telegram;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.recipient.RecipientDataHolder;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Which Telegram chat a participant's notifications go to. What the delivery worker asks ({@link #chatIdOf}) and
 * tells ({@link #disable}); forgets the link and any pending deep link when the participant is erased.
 */
@ApplicationScoped
public class TelegramChannelLinks implements RecipientDataHolder {

    private final Clock clock;

    public TelegramChannelLinks(Clock clock) {
        this.clock = clock;
    }

    /** The chat to send to, or empty when the participant has linked none or the link is disabled. */
    @WithSession
    public Uni<Optional<Long>> chatIdOf(UUID participantId) {
        return TelegramLink.<TelegramLink> findById(participantId)
                .map(link -> link != null && link.active() ? Optional.of(link.chatId) : Optional.empty());
    }

    /** The participant's link as it is (active or disabled), or null. */
    @WithSession
    public Uni<TelegramLink> linkOf(UUID participantId) {
        return TelegramLink.findById(participantId);
    }

    /**
     * Turns the channel off after a permanent refusal ({@code blocked}, {@code chat-not-found} …): the row stays,
     * marked disabled with the reason, so the participant sees why and linking again turns it back on.
     */
    @WithTransaction
    public Uni<Void> disable(UUID participantId, String reason) {
        return TelegramLink.update("disabledAt = ?1, disabledReason = ?2 where participantId = ?3 and disabledAt is null",
                clock.instant(), reason, participantId)
                .invoke(count -> {
                    if (count > 0) {
                        Log.infof("Telegram channel of participant %s turned off: %s", participantId, reason);
                    }
                })
                .replaceWithVoid();
    }

    /** Removes the link; true if there was one. */
    @WithTransaction
    public Uni<Boolean> unlink(UUID participantId) {
        return TelegramLink.deleteById(participantId);
    }

    /** The person blocked the bot in Telegram itself: every link to that chat goes off. */
    @WithTransaction
    public Uni<Void> chatBlockedBot(long chatId) {
        return TelegramLink.update("disabledAt = ?1, disabledReason = 'blocked' where chatId = ?2 and disabledAt is null",
                clock.instant(), chatId).replaceWithVoid();
    }

    /** The person unblocked the bot: the links that went off because it was blocked work again. */
    @WithTransaction
    public Uni<Void> chatUnblockedBot(long chatId) {
        return TelegramLink.update(
                "disabledAt = null, disabledReason = null where chatId = ?1 and disabledReason = 'blocked'", chatId)
                .replaceWithVoid();
    }

    /** Runs in the erasure consumer's transaction. */
    @Override
    public Uni<Void> forget(UUID participantId) {
        return TelegramLink.delete("participantId", participantId)
                .chain(() -> TelegramLinkToken.delete("participantId", participantId))
                .replaceWithVoid();
    }
}
