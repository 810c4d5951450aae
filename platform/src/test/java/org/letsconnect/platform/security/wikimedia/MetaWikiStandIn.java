package org.letsconnect.platform.security.wikimedia;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;

/**
 * Stands in for Meta-Wiki's OAuth 2.0 profile endpoint (an external API): a token is valid when its (unsigned)
 * JWT payload carries a {@code test_profile} claim, which is answered as the profile; any other token gets 401,
 * as Meta-Wiki answers an invalid or expired one; a {@code test_delay_ms} claim makes it answer that late. The test reads how
 * many profile calls arrived from
 * {@code /stand-in/calls} and takes the stand-in down with {@code POST /stand-in/down}, over HTTP, so no state is
 * shared across class loaders.
 */
public class MetaWikiStandIn implements QuarkusTestResourceLifecycleManager {

    static final String PROFILE_PATH = "/w/rest.php/oauth2/resource/profile";

    private HttpServer server;
    private ExecutorService executor;

    @Override
    public Map<String, String> start() {
        AtomicInteger calls = new AtomicInteger();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the Meta-Wiki stand-in", e);
        }
        server.createContext(PROFILE_PATH, exchange -> {
            calls.incrementAndGet();
            JsonObject payload = payloadOf(exchange.getRequestHeaders().getFirst("Authorization"));
            JsonObject profile = payload == null ? null : payload.getJsonObject("test_profile");
            long delay = payload == null ? 0 : payload.getLong("test_delay_ms", 0L);
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (profile == null) {
                send(exchange, 401, new JsonObject().put("error", "invalid_token")
                        .put("message", "The access token is invalid or has expired").encode());
            } else {
                send(exchange, 200, profile.encode());
            }
        });
        server.createContext("/stand-in/calls", exchange -> send(exchange, 200, String.valueOf(calls.get())));
        server.createContext("/stand-in/down", exchange -> {
            send(exchange, 204, null);
            HttpServer running = server;
            new Thread(() -> running.stop(0), "meta-wiki-stand-in-stop").start();
        });
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("letsconnect.security.wikimedia.profile-url", base + PROFILE_PATH);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private static JsonObject payloadOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (RuntimeException notOurs) {
            return null;
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
