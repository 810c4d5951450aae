package org.letsconnect.notification.telegram;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The Telegram channel ({@code letsconnect.notification.telegram.*}); off while no bot token is set. */
@ConfigMapping(prefix = "letsconnect.notification.telegram")
public interface TelegramConfig {

    /** Where the Bot API is reached; a test or the local stack points it at a stand-in. */
    @WithName("base-url")
    @WithDefault("https://api.telegram.org")
    String baseUrl();

    /** The bot's token from BotFather (secret); without it the channel is off. */
    @WithName("bot-token")
    Optional<String> botToken();

    /** The bot's username (without {@code @}), for the {@code https://t.me/<bot>?start=…} deep link. */
    @WithName("bot-username")
    Optional<String> botUsername();

    /**
     * The secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token} with every webhook call (set with
     * {@code setWebhook secret_token}); without it the webhook refuses everything.
     */
    @WithName("webhook-secret")
    Optional<String> webhookSecret();

    /** How long a deep link stays usable. */
    @WithName("link-lifetime")
    @WithDefault("PT30M")
    Duration linkLifetime();

    /** How long one Bot API call may take before it counts as a temporary failure. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Whether the channel can send: a bot token is set. */
    default boolean enabled() {
        return botToken().filter(token -> !token.isBlank()).isPresent();
    }
}
