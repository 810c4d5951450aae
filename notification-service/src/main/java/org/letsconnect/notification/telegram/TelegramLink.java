package org.letsconnect.notification.telegram;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A participant's linked Telegram chat; disabled (kept) when the bot is blocked. */
@Entity
@Table(name = "telegram_link")
public class TelegramLink extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    /** Private: never logged, never shown to anyone, not even to its owner. */
    @Column(name = "chat_id")
    public long chatId;

    @Column(name = "linked_at")
    public Instant linkedAt;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    /** Why the channel was turned off ({@code blocked}, {@code chat-not-found} …), null while it works. */
    @Column(name = "disabled_reason")
    public String disabledReason;

    public boolean active() {
        return disabledAt == null;
    }
}
