package org.letsconnect.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in of Telegram's Bot API for tests: {@code POST /bot<token>/sendMessage} with a JSON body, answered
 * as Telegram answers (an {@code ok} envelope, {@code error_code}, {@code description}, {@code parameters}). It keeps
 * every accepted message per chat and can be told, per chat id, to answer the way Telegram refuses:
 * {@link #tooManyRequests 429 with retry_after}, {@link #blocked 403 "bot was blocked by the user"} or
 * {@link #chatNotFound 400 "chat not found"}. In HTML parse mode it refuses text whose {@code <} or {@code &} does not
 * start a tag or entity Telegram knows (400 "can't parse entities"), as Telegram does, so escaping bugs show.
 * A token that does not look like {@code <digits>:<secret>} gets 401.
 */
public final class TelegramStandIn implements AutoCloseable {

    /**
     * A message Telegram accepted.
     *
     * @param parseMode {@code HTML}, {@code MarkdownV2} … or null for plain text
     */
    public record SentMessage(long messageId, long chatId, String text, String parseMode,
            boolean disableWebPagePreview, String botToken, Instant at) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern METHOD_PATH = Pattern.compile("^/bot(\\d+:[A-Za-z0-9_-]+)/(\\w+)$");
    private static final Pattern HTML_TAG = Pattern.compile(
            "^</?(b|strong|i|em|u|ins|s|strike|del|code|pre|tg-spoiler|blockquote|a|span|tg-emoji)(\\s[^<>]*)?>");
    private static final Pattern HTML_ENTITY = Pattern.compile("^&(lt|gt|amp|quot|#\\d+|#x[0-9a-fA-F]+);");

    private final HttpServer server; // null when attached to a stand-in of another class loader
    private final ExecutorService executor;
    private final Object foreign;
    private final int port;
    private final Map<Long, List<SentMessage>> sent = new ConcurrentHashMap<>();
    private final Map<Long, Integer> tooManyRequests = new ConcurrentHashMap<>();
    private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
    private final Set<Long> notFound = ConcurrentHashMap.newKeySet();
    private final Map<Long, Integer> attempts = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(1000);

    private TelegramStandIn(HttpServer server, ExecutorService executor, Object foreign, int port) {
        this.server = server;
        this.executor = executor;
        this.foreign = foreign;
        this.port = port;
    }

    /** The JVM's test stand-in, started on first use on a free port. */
    public static TelegramStandIn shared() {
        return Shared.get("telegram", TelegramStandIn.class, () -> {
            TelegramStandIn standIn = start(0);
            Shared.onShutdown("telegram", standIn::close);
            return standIn;
        }, foreign -> new TelegramStandIn(null, null, foreign, (Integer) Shared.call(foreign, "port")));
    }

    /** Starts a stand-in on {@code port} (0 for a free one) of the loopback interface. */
    public static TelegramStandIn start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    port == 0 ? Shared.freePort() : port), 0);
            ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "telegram-stand-in");
                thread.setDaemon(true);
                return thread;
            });
            TelegramStandIn standIn = new TelegramStandIn(server, executor, null, server.getAddress().getPort());
            server.createContext("/", standIn::handle);
            server.setExecutor(executor);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException("The Telegram stand-in could not listen on port " + port, e);
        }
    }

    /** The base URL to configure instead of {@code https://api.telegram.org}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The messages accepted for a chat, oldest first. */
    public List<SentMessage> messagesTo(long chatId) {
        if (foreign != null) {
            List<SentMessage> copies = new ArrayList<>();
            for (Object map : (List<?>) Shared.call(foreign, "messagesAsMaps", chatId)) {
                copies.add(fromMap((Map<?, ?>) map));
            }
            return copies;
        }
        return List.copyOf(sent.getOrDefault(chatId, List.of()));
    }

    /** How many sendMessage calls for a chat arrived, answered or refused. */
    public int attemptsTo(long chatId) {
        if (foreign != null) {
            return (Integer) Shared.call(foreign, "attemptsTo", chatId);
        }
        return attempts.getOrDefault(chatId, 0);
    }

    /** The next sendMessage to the chat answers 429 with {@code parameters.retry_after}; the one after succeeds. */
    public void tooManyRequests(long chatId, int retryAfterSeconds) {
        if (foreign != null) {
            Shared.call(foreign, "tooManyRequests", chatId, retryAfterSeconds);
            return;
        }
        tooManyRequests.put(chatId, retryAfterSeconds);
    }

    /** From now on the chat answers 403 "Forbidden: bot was blocked by the user". */
    public void blocked(long chatId) {
        if (foreign != null) {
            Shared.call(foreign, "blocked", chatId);
            return;
        }
        blocked.add(chatId);
    }

    /** From now on the chat answers 400 "Bad Request: chat not found". */
    public void chatNotFound(long chatId) {
        if (foreign != null) {
            Shared.call(foreign, "chatNotFound", chatId);
            return;
        }
        notFound.add(chatId);
    }

    /** The chat answers normally again (refusals forgotten; kept messages stay). */
    public void answerNormally(long chatId) {
        if (foreign != null) {
            Shared.call(foreign, "answerNormally", chatId);
            return;
        }
        tooManyRequests.remove(chatId);
        blocked.remove(chatId);
        notFound.remove(chatId);
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
    }

    List<Map<String, Object>> messagesAsMaps(long chatId) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (SentMessage message : sent.getOrDefault(chatId, List.of())) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("messageId", message.messageId());
            map.put("chatId", message.chatId());
            map.put("text", message.text());
            map.put("parseMode", message.parseMode());
            map.put("disableWebPagePreview", message.disableWebPagePreview());
            map.put("botToken", message.botToken());
            map.put("at", message.at().toString());
            maps.add(map);
        }
        return maps;
    }

    private static SentMessage fromMap(Map<?, ?> map) {
        return new SentMessage((Long) map.get("messageId"), (Long) map.get("chatId"), (String) map.get("text"),
                (String) map.get("parseMode"), (Boolean) map.get("disableWebPagePreview"),
                (String) map.get("botToken"), Instant.parse((String) map.get("at")));
    }

    // ---------------------------------------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String requested = exchange.getRequestURI().getPath();
            Matcher path = METHOD_PATH.matcher(requested);
            if (!path.matches()) {
                boolean badToken = requested.startsWith("/bot");
                send(exchange, badToken ? 401 : 404, refusal(badToken ? 401 : 404, badToken ? "Unauthorized" : "Not Found"));
                return;
            }
            if (!path.group(2).equals("sendMessage")) {
                send(exchange, 404, refusal(404, "Not Found: method not found"));
                return;
            }
            if (!exchange.getRequestMethod().equalsIgnoreCase("POST")) {
                send(exchange, 405, refusal(405, "Method Not Allowed"));
                return;
            }
            Map<String, Object> body;
            try (InputStream in = exchange.getRequestBody()) {
                body = JSON.readValue(in.readAllBytes(), new TypeReference<>() {
                });
            } catch (IOException notJson) {
                send(exchange, 400, refusal(400, "Bad Request: the request body is not JSON"));
                return;
            }
            sendMessage(exchange, path.group(1), body);
        } catch (RuntimeException e) {
            send(exchange, 500, refusal(500, "Internal Server Error: " + e));
        } finally {
            exchange.close();
        }
    }

    private void sendMessage(HttpExchange exchange, String token, Map<String, Object> body) throws IOException {
        Object chat = body.get("chat_id");
        if (!(chat instanceof Number number)) {
            send(exchange, 400, refusal(400, "Bad Request: chat_id is empty"));
            return;
        }
        long chatId = number.longValue();
        attempts.merge(chatId, 1, Integer::sum);
        Integer retryAfter = tooManyRequests.remove(chatId);
        if (retryAfter != null) {
            Map<String, Object> answer = refusal(429, "Too Many Requests: retry after " + retryAfter);
            answer.put("parameters", Map.of("retry_after", retryAfter));
            send(exchange, 429, answer);
            return;
        }
        if (blocked.contains(chatId)) {
            send(exchange, 403, refusal(403, "Forbidden: bot was blocked by the user"));
            return;
        }
        if (notFound.contains(chatId)) {
            send(exchange, 400, refusal(400, "Bad Request: chat not found"));
            return;
        }
        String text = body.get("text") instanceof String value ? value : "";
        if (text.isBlank()) {
            send(exchange, 400, refusal(400, "Bad Request: message text is empty"));
            return;
        }
        String parseMode = body.get("parse_mode") instanceof String mode ? mode : null;
        if ("HTML".equalsIgnoreCase(parseMode)) {
            int bad = unparseableHtmlAt(text);
            if (bad >= 0) {
                send(exchange, 400, refusal(400, "Bad Request: can't parse entities: unsupported start tag or "
                        + "unescaped character at byte offset " + bad));
                return;
            }
        }
        if (text.length() > 4096 && parseMode == null) {
            send(exchange, 400, refusal(400, "Bad Request: message is too long"));
            return;
        }
        SentMessage message = new SentMessage(messageIds.incrementAndGet(), chatId, text, parseMode,
                Boolean.TRUE.equals(body.get("disable_web_page_preview")), token, Instant.now());
        sent.computeIfAbsent(chatId, id -> new CopyOnWriteArrayList<>()).add(message);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("message_id", message.messageId());
        result.put("date", message.at().getEpochSecond());
        result.put("chat", Map.of("id", chatId, "type", "private"));
        result.put("text", text);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", true);
        answer.put("result", result);
        send(exchange, 200, answer);
    }

    /** Where HTML-mode text has a {@code <} or {@code &} Telegram cannot parse, or -1. */
    static int unparseableHtmlAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' && !HTML_TAG.matcher(text.substring(i)).find()) {
                return i;
            }
            if (c == '&' && !HTML_ENTITY.matcher(text.substring(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> refusal(int code, String description) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", false);
        answer.put("error_code", code);
        answer.put("description", description);
        return answer;
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
