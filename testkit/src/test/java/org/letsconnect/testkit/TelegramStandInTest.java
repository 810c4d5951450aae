package org.letsconnect.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TelegramStandInTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keepsMessagesAndRefusesAsToldPerChat() throws Exception {
        TelegramStandIn telegram = TelegramStandIn.shared();
        assertSame(telegram, TelegramStandIn.shared());
        long chat = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);

        HttpResponse<String> sent = send(telegram, "123:abc", "{\"chat_id\":" + chat + ",\"text\":\"Hi &amp; <b>bye</b>\","
                + "\"parse_mode\":\"HTML\",\"disable_web_page_preview\":true}");
        assertEquals(200, sent.statusCode(), sent.body());
        JsonNode answer = JSON.readTree(sent.body());
        assertTrue(answer.get("ok").asBoolean());
        assertEquals(telegram.messagesTo(chat).get(0).messageId(), answer.get("result").get("message_id").asLong());
        assertEquals("Hi &amp; <b>bye</b>", telegram.messagesTo(chat).get(0).text());

        telegram.tooManyRequests(chat, 3);
        HttpResponse<String> limited = send(telegram, "123:abc", "{\"chat_id\":" + chat + ",\"text\":\"again\"}");
        assertEquals(429, limited.statusCode());
        assertEquals(3, JSON.readTree(limited.body()).get("parameters").get("retry_after").asInt());
        assertEquals(200, send(telegram, "123:abc", "{\"chat_id\":" + chat + ",\"text\":\"again\"}").statusCode());

        telegram.blocked(chat);
        HttpResponse<String> blocked = send(telegram, "123:abc", "{\"chat_id\":" + chat + ",\"text\":\"x\"}");
        assertEquals(403, blocked.statusCode());
        assertEquals("Forbidden: bot was blocked by the user", JSON.readTree(blocked.body()).get("description").asText());
        telegram.answerNormally(chat);
        telegram.chatNotFound(chat);
        assertEquals(400, send(telegram, "123:abc", "{\"chat_id\":" + chat + ",\"text\":\"x\"}").statusCode());

        assertEquals(401, send(telegram, "not-a-token", "{\"chat_id\":" + chat + ",\"text\":\"x\"}").statusCode());
        assertEquals(2, telegram.messagesTo(chat).size());
        assertEquals(5, telegram.attemptsTo(chat));
    }

    @Test
    void refusesHtmlTelegramCouldNotParse() {
        assertEquals(-1, TelegramStandIn.unparseableHtmlAt("<b>a</b> &lt; <a href=\"https://x.org\">x</a> &#39;"));
        assertEquals(2, TelegramStandIn.unparseableHtmlAt("a <SPARQL>"));
        assertEquals(2, TelegramStandIn.unparseableHtmlAt("a & b"));
    }

    private static HttpResponse<String> send(TelegramStandIn telegram, String token, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot" + token + "/sendMessage"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
