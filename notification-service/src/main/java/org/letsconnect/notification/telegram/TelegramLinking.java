package org.letsconnect.notification.telegram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.notification.recipient.Recipient;
import org.letsconnect.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Linking a Telegram chat with a one-time deep link: the signed-in participant asks for
 * {@code https://t.me/<bot>?start=<token>}, opens it, presses Start, and Telegram sends the bot {@code /start <token>}
 * from their chat; that links the chat to the token's participant, once, before the token expires.
 */
@ApplicationScoped
public class TelegramLinking {

    /** The deep link to open, and until when it works. */
    public record DeepLink(String link, Instant expiresAt) {
    }

    /** A chat just linked: whose it is and the language to greet them in. */
    public record Linked(UUID participantId, String language) {
    }

    private final TelegramConfig config;
    private final Clock clock;

    public TelegramLinking(TelegramConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Whether people can link the bot: a bot token and the bot's username are configured. */
    public boolean available() {
        return config.enabled() && config.botUsername().filter(name -> !name.isBlank()).isPresent();
    }

    /**
     * A new deep link for the participant signed in as {@code subject}; an older pending one stops working.
     *
     * @throws ProblemException 404 when the channel is not set up or the caller is not known here yet
     */
    @WithTransaction
    public Uni<DeepLink> start(String subject) {
        if (!available()) {
            return Uni.createFrom().failure(ProblemException.notFound("notification-channel-telegram-unavailable"));
        }
        return Recipient.<Recipient> find("subject", subject).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("notification-channel-not-registered"))
                .flatMap(recipient -> issue(recipient.participantId));
    }

    private Uni<DeepLink> issue(UUID participantId) {
        Instant now = clock.instant();
        String token = LinkToken.generate();
        TelegramLinkToken row = new TelegramLinkToken();
        row.tokenHash = LinkToken.hash(token);
        row.participantId = participantId;
        row.createdAt = now;
        row.expiresAt = now.plus(config.linkLifetime());
        String bot = config.botUsername().orElseThrow().strip().replaceFirst("^@", "");
        DeepLink link = new DeepLink(
                "https://t.me/" + URLEncoder.encode(bot, StandardCharsets.UTF_8) + "?start=" + token, row.expiresAt);
        return TelegramLinkToken.delete("participantId = ?1 or expiresAt < ?2", participantId, now)
                .chain(row::persist)
                .replaceWith(link);
    }

    /**
     * Uses a deep link's token presented from a chat: links the chat to the token's participant and spends the
     * token. An unknown, spent or expired token links nothing.
     *
     * @return who was linked, or null
     */
    @WithTransaction
    public Uni<Linked> complete(String token, long chatId) {
        if (!LinkToken.wellFormed(token)) {
            return Uni.createFrom().nullItem();
        }
        Instant now = clock.instant();
        return TelegramLinkToken.<TelegramLinkToken> findById(LinkToken.hash(token))
                .flatMap(pending -> {
                    if (pending == null) {
                        return Uni.createFrom().nullItem();
                    }
                    UUID participantId = pending.participantId;
                    boolean expired = !pending.expiresAt.isAfter(now);
                    Uni<Void> spent = pending.delete();
                    return expired ? spent.replaceWith((Linked) null) : spent.chain(() -> link(participantId, chatId, now));
                });
    }

    private Uni<Linked> link(UUID participantId, long chatId, Instant now) {
        return Recipient.<Recipient> findById(participantId).flatMap(recipient -> {
            if (recipient == null) {
                return Uni.createFrom().nullItem();
            }
            return TelegramLink.<TelegramLink> findById(participantId).flatMap(existing -> {
                TelegramLink link = existing != null ? existing : new TelegramLink();
                link.participantId = participantId;
                link.chatId = chatId;
                link.linkedAt = now;
                link.disabledAt = null;
                link.disabledReason = null;
                Log.infof("Telegram linked for participant %s", participantId);
                return link.persist().replaceWith(new Linked(participantId, recipient.language));
            });
        });
    }
}
