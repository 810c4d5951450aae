package org.letsconnect.registry.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.letsconnect.testkit.DevIssuer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for Meta-Wiki's action API ({@code meta=globaluserinfo}) in tests: an external service, so a stand-in
 * is right. Every name has a global account whose id is {@link DevIssuer#subjectFor} (so the development issuer's
 * tokens belong to the same people), except the names in {@link #MISSING} (no account) and {@link #LOCKED}. While
 * {@link #down(boolean) down} it answers 503 as Wikimedia's error pages do. It counts what it was asked.
 *
 * <p>
 * One per JVM: the test profile and the tests may see this class in different Quarkus class loaders, so its
 * state (JDK types only) lives in the static map of the copy the system class loader loads.
 */
final class MetaWikiStandIn {

    static final Set<String> MISSING = Set.of("Ghost Editor 404");
    static final Set<String> LOCKED = Set.of("Locked Spammer");

    private static final Map<String, Object> STATE = new ConcurrentHashMap<>();

    private MetaWikiStandIn() {
    }

    /** The stand-in's API address, starting it on first use. */
    static synchronized String apiUrl() {
        Map<String, Object> state = state();
        synchronized (state) {
            if (!state.containsKey("server")) {
                start(state);
            }
        }
        return "http://localhost:" + ((HttpServer) state.get("server")).getAddress().getPort() + "/w/api.php";
    }

    static void down(boolean down) {
        ((AtomicBoolean) state().get("down")).set(down);
    }

    /** How often each name was asked for since the last {@link #reset()}. */
    @SuppressWarnings("unchecked")
    static Map<String, Integer> asked() {
        Map<String, Integer> counts = new TreeMap<>();
        ((Map<String, AtomicInteger>) state().get("asked")).forEach((name, count) -> counts.put(name, count.get()));
        return counts;
    }

    static int maxInFlight() {
        return ((AtomicInteger) state().get("maxInFlight")).get();
    }

    @SuppressWarnings("unchecked")
    static void reset() {
        ((Map<String, AtomicInteger>) state().get("asked")).clear();
        ((AtomicInteger) state().get("maxInFlight")).set(0);
        down(false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state() {
        try {
            Class<?> system = Class.forName(MetaWikiStandIn.class.getName(), true, ClassLoader.getSystemClassLoader());
            Field field = system.getDeclaredField("STATE");
            field.setAccessible(true);
            return (Map<String, Object>) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return STATE;
        }
    }

    private static void start(Map<String, Object> state) {
        AtomicBoolean down = new AtomicBoolean();
        Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/w/api.php", exchange -> handle(exchange, down, asked, inFlight, maxInFlight));
            server.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
                Thread thread = new Thread(runnable, "meta-wiki-stand-in");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            state.put("down", down);
            state.put("asked", asked);
            state.put("maxInFlight", maxInFlight);
            state.put("server", server);
        } catch (IOException e) {
            throw new IllegalStateException("The Meta-Wiki stand-in could not start", e);
        }
    }

    private static void handle(HttpExchange exchange, AtomicBoolean down, Map<String, AtomicInteger> asked,
            AtomicInteger inFlight, AtomicInteger maxInFlight) throws IOException {
        Answer answer;
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            Thread.sleep(20); // long enough for concurrent lookups to overlap
            answer = down.get() ? Answer.MAINTENANCE : lookUp(exchange, asked);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        } finally {
            // no longer in flight before the answer leaves: once the client has it, it may send the next lookup
            inFlight.decrementAndGet();
        }
        try {
            send(exchange, answer.status(), answer.type(), answer.body());
        } finally {
            exchange.close();
        }
    }

    private record Answer(int status, String type, String body) {
        static final Answer MAINTENANCE = new Answer(503, "text/html", "<html><body>Wikimedia Error: our servers are "
                + "currently under maintenance or experiencing a technical issue</body></html>");
    }

    private static Answer lookUp(HttpExchange exchange, Map<String, AtomicInteger> asked) {
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        String name = query.getOrDefault("guiuser", "");
        asked.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        String info;
        if (MISSING.contains(name) || name.isBlank()) {
            info = "{\"missing\":true}";
        } else {
            info = "{\"home\":\"metawiki\",\"id\":" + DevIssuer.subjectFor(name)
                    + ",\"registration\":\"2019-01-01T00:00:00Z\",\"name\":\"" + name.replace("\"", "\\\"") + "\""
                    + (LOCKED.contains(name) ? ",\"locked\":true" : "") + "}";
        }
        return new Answer(200, "application/json; charset=utf-8",
                "{\"batchcomplete\":true,\"query\":{\"globaluserinfo\":" + info + "}}");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
