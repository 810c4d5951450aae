package org.letsconnect.notification.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

/** How the Bot API's answers map onto outcomes, and Telegram HTML. */
class TelegramOutcomeTest {

    @Test
    void answersOfTheBotApi() {
        assertEquals(new TelegramOutcome.Sent(42),
                TelegramBot.outcome(200, new JsonObject("{\"ok\":true,\"result\":{\"message_id\":42}}")));
        assertEquals(new TelegramOutcome.RetryAfter(Duration.ofSeconds(30)), TelegramBot.outcome(429,
                new JsonObject("{\"ok\":false,\"error_code\":429,\"parameters\":{\"retry_after\":30}}")));
        assertEquals(new TelegramOutcome.RetryAfter(Duration.ofSeconds(1)), TelegramBot.outcome(429, null));
        assertEquals(new TelegramOutcome.Permanent("blocked"), TelegramBot.outcome(403,
                new JsonObject("{\"ok\":false,\"description\":\"Forbidden: bot was blocked by the user\"}")));
        assertEquals(new TelegramOutcome.Permanent("deactivated"), TelegramBot.outcome(403,
                new JsonObject("{\"ok\":false,\"description\":\"Forbidden: user is deactivated\"}")));
        assertEquals(new TelegramOutcome.Permanent("chat-not-found"), TelegramBot.outcome(400,
                new JsonObject("{\"ok\":false,\"description\":\"Bad Request: chat not found\"}")));
        assertEquals(new TelegramOutcome.Temporary("server-error"), TelegramBot.outcome(502, null));
        assertEquals(new TelegramOutcome.Temporary("bot-token-refused"), TelegramBot.outcome(401,
                new JsonObject("{\"ok\":false,\"description\":\"Unauthorized\"}")));
    }

    @Test
    void htmlEscapesOnlyWhatTelegramParses() {
        assertEquals("a &lt;b&gt; &amp; \"c\" 'd'", TelegramHtml.escape("a <b> & \"c\" 'd'"));
    }

    @Test
    void aLongMessageIsShortenedWithinTheLimitWithoutCuttingAnEntity() {
        String text = "&".repeat(5000);
        String message = TelegramHtml.message("Title", text, 4096);
        assertEquals(true, message.length() <= 4096);
        assertEquals(true, message.startsWith("<b>Title</b>\n\n&amp;"));
        assertEquals(true, message.endsWith("&amp;…"));
    }

    @Test
    void shorteningNeverSplitsASurrogatePair() {
        String message = TelegramHtml.message(null, "😀".repeat(10), 7);
        assertEquals("😀😀😀…", message);
    }
}
