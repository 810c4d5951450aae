package org.letsconnect.notification.talkpage;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The Meta-Wiki talk-page channel ({@code letsconnect.notification.talk-page.*}); off while no bot token is set. */
@ConfigMapping(prefix = "letsconnect.notification.talk-page")
public interface TalkPageConfig {

    /** The MediaWiki Action API the bot edits through. */
    @WithName("api-url")
    @WithDefault("https://meta.wikimedia.org/w/api.php")
    String apiUrl();

    /** The owner-only OAuth 2 access token of the bot account (secret), sent as a bearer token; without it: off. */
    @WithName("bot-token")
    Optional<String> botToken();

    /** At least this long between two edits, across all replicas (the gate is a row in the database). */
    @WithName("min-interval")
    @WithDefault("PT1S")
    Duration minInterval();

    /** The {@code maxlag} sent with every request: a lagging wiki answers "maxlag" and the edit waits. */
    @WithDefault("5")
    int maxlag();

    /** How long one API call may take before it counts as a temporary failure. */
    @WithDefault("PT15S")
    Duration timeout();

    /** Wikimedia's User-Agent policy asks for a name and a way to reach the operator. */
    @WithName("user-agent")
    @WithDefault("LetsConnectNotificationBot/1.0 (https://meta.wikimedia.org/wiki/Let%27s_Connect)")
    String userAgent();

    /** Whether the channel can post: a bot token is set. */
    default boolean enabled() {
        return botToken().filter(token -> !token.isBlank()).isPresent();
    }
}
