package org.letsconnect.notification.telegram;

import java.time.Duration;

/** What became of one {@code sendMessage}: the delivery worker maps it onto its own outcome. */
public sealed interface TelegramOutcome {

    /** Telegram accepted the message. */
    record Sent(long messageId) implements TelegramOutcome {
    }

    /** 429: Telegram asks to wait this long ({@code parameters.retry_after}) before the next try. */
    record RetryAfter(Duration delay) implements TelegramOutcome {
    }

    /**
     * Never worth retrying: {@code blocked} (403, the person blocked the bot: turn the channel off),
     * {@code chat-not-found} (400), {@code rejected} (another 4xx), {@code disabled} (no bot token configured).
     */
    record Permanent(String reason) implements TelegramOutcome {
    }

    /** Try again later: 5xx, no connection, no answer in time. */
    record Temporary(String reason) implements TelegramOutcome {
    }
}
