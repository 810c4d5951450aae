package org.letsconnect.notification.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.TelegramStandIn;
import org.letsconnect.testkit.TelegramStandIn.SentMessage;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

/** The Bot API client against testkit's stand-in, over real HTTP. */
@QuarkusTest
@WithTestInfrastructure
class TelegramBotTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    TelegramBot bot;
    @InjectInfrastructure
    TelegramStandIn telegram;

    @Test
    void aMessageArrivesInHtmlWithTheUsersTextEscaped() {
        long chat = newChat();
        TelegramOutcome outcome = bot.send(chat, "SPARQL <for> beginners & friends", "Hello Amina,\n"
                + "the Clinic starts at 14:00 <UTC> & lasts 2 h: https://meet.example.org/a?b=1&c=2").await()
                .atMost(WAIT);

        TelegramOutcome.Sent sent = assertInstanceOf(TelegramOutcome.Sent.class, outcome);
        List<SentMessage> messages = telegram.messagesTo(chat);
        assertEquals(1, messages.size());
        SentMessage message = messages.get(0);
        assertEquals(message.messageId(), sent.messageId());
        assertEquals("HTML", message.parseMode());
        assertTrue(message.disableWebPagePreview());
        assertEquals("123456789:test-bot-token", message.botToken());
        assertEquals("<b>SPARQL &lt;for&gt; beginners &amp; friends</b>\n\nHello Amina,\n"
                + "the Clinic starts at 14:00 &lt;UTC&gt; &amp; lasts 2 h: https://meet.example.org/a?b=1&amp;c=2",
                message.text());
    }

    @Test
    void tooManyRequestsAsksToWaitAsLongAsTelegramSaysThenTheNextTryGoesThrough() {
        long chat = newChat();
        telegram.tooManyRequests(chat, 7);

        TelegramOutcome first = bot.send(chat, "Reminder", "Tomorrow").await().atMost(WAIT);
        assertEquals(new TelegramOutcome.RetryAfter(Duration.ofSeconds(7)), first);
        assertTrue(telegram.messagesTo(chat).isEmpty());

        assertInstanceOf(TelegramOutcome.Sent.class, bot.send(chat, "Reminder", "Tomorrow").await().atMost(WAIT));
        assertEquals(1, telegram.messagesTo(chat).size());
        assertEquals(2, telegram.attemptsTo(chat));
    }

    @Test
    void aBlockedBotIsAPermanentFailureNamedBlocked() {
        long chat = newChat();
        telegram.blocked(chat);

        assertEquals(new TelegramOutcome.Permanent("blocked"),
                bot.send(chat, "Reminder", "Tomorrow").await().atMost(WAIT));
        assertTrue(telegram.messagesTo(chat).isEmpty());
    }

    @Test
    void anUnknownChatIsAPermanentFailure() {
        long chat = newChat();
        telegram.chatNotFound(chat);

        assertEquals(new TelegramOutcome.Permanent("chat-not-found"),
                bot.sendPlain(chat, "Hello").await().atMost(WAIT));
    }

    @Test
    void plainTextIsSentWithoutParseMode() {
        long chat = newChat();
        assertInstanceOf(TelegramOutcome.Sent.class, bot.sendPlain(chat, "1 < 2 & <b>not bold</b>").await()
                .atMost(WAIT));
        SentMessage message = telegram.messagesTo(chat).get(0);
        assertEquals(null, message.parseMode());
        assertEquals("1 < 2 & <b>not bold</b>", message.text());
    }

    @Test
    void unescapedHtmlWouldBeRefusedByTelegram() {
        // the stand-in parses HTML as Telegram does: this is what the escaping above protects against
        long chat = newChat();
        TelegramOutcome outcome = bot.sendHtml(chat, "Clinic <SPARQL> & more").await().atMost(WAIT);
        assertEquals(new TelegramOutcome.Permanent("rejected"), outcome);
        assertEquals(1, telegram.attemptsTo(chat));
        assertTrue(telegram.messagesTo(chat).isEmpty());
    }

    private static long newChat() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }
}
