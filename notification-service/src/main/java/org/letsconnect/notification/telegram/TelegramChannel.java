package org.letsconnect.notification.telegram;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.delivery.DeliveryChannel;
import org.letsconnect.notification.delivery.OutgoingMessage;
import org.letsconnect.notification.delivery.SendOutcome;
import org.letsconnect.notification.notification.Channel;

import io.smallrye.mutiny.Uni;

/**
 * The delivery worker's Telegram channel: the rendered subject and text to the chat the participant linked. A chat
 * that blocked the bot or is gone turns the channel off (the link stays, marked, until they link again).
 */
@ApplicationScoped
public class TelegramChannel implements DeliveryChannel {

    /** Refusals that are about the person's chat, not about the message. */
    private static final Set<String> UNREACHABLE = Set.of("blocked", "deactivated", "chat-not-found");

    private final TelegramBot bot;
    private final TelegramChannelLinks links;

    public TelegramChannel(TelegramBot bot, TelegramChannelLinks links) {
        this.bot = bot;
        this.links = links;
    }

    @Override
    public String name() {
        return Channel.TELEGRAM;
    }

    @Override
    public Uni<SendOutcome> send(OutgoingMessage out) {
        if (out.addressee().participantId() == null) {
            return Uni.createFrom().item(SendOutcome.unreachable("not-linked"));
        }
        return links.chatIdOf(out.addressee().participantId()).flatMap(chat -> {
            if (chat.isEmpty()) {
                return Uni.createFrom().item(SendOutcome.unreachable("not-linked"));
            }
            return bot.send(chat.get(), out.message().subject(), out.message().summary())
                    .flatMap(outcome -> outcome(out, outcome));
        });
    }

    private Uni<SendOutcome> outcome(OutgoingMessage out, TelegramOutcome outcome) {
        if (outcome instanceof TelegramOutcome.Sent) {
            return Uni.createFrom().item(SendOutcome.sent());
        }
        if (outcome instanceof TelegramOutcome.RetryAfter retry) {
            return Uni.createFrom().item(SendOutcome.temporary("rate-limited", retry.delay()));
        }
        if (outcome instanceof TelegramOutcome.Permanent permanent) {
            if (UNREACHABLE.contains(permanent.reason())) {
                return links.disable(out.addressee().participantId(), permanent.reason())
                        .replaceWith(SendOutcome.unreachable(permanent.reason()));
            }
            return Uni.createFrom().item(SendOutcome.permanent(permanent.reason()));
        }
        return Uni.createFrom().item(SendOutcome.temporary(((TelegramOutcome.Temporary) outcome).reason()));
    }
}
