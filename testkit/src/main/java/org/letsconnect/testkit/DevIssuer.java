package org.letsconnect.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The development token issuer that stands in for Meta-Wiki's OAuth 2.0 server in tests and in the local stack.
 * It signs RS256 JWT access tokens with a key pair made at start and publishes an OpenID discovery document and a
 * JWKS so that {@code quarkus-oidc} (service application type) verifies its tokens.
 *
 * <pre>
 * GET  /.well-known/openid-configuration   discovery document
 * GET  /jwks                               the public key (kid {@value #KEY_ID})
 * POST /token    username=…&amp;roles=a,b       {"access_token":…,"token_type":"Bearer","expires_in":3600}
 * GET  /resource/profile                   Meta-Wiki-like profile of the bearer token's user (401 if not ours)
 * GET  /w/api.php?action=query&amp;meta=globaluserinfo&amp;guiuser=…
 *                                          Meta-Wiki's CentralAuth answer for any username: id = subjectFor(name)
 * </pre>
 */
public final class DevIssuer implements AutoCloseable {

    /** The key id in every token header and in the JWKS. */
    public static final String KEY_ID = "letsconnect-dev-issuer";
    /** How long {@link #token} tokens are valid. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final HttpServer server; // null when attached to an issuer of another class loader
    private final ExecutorService executor;
    private final int port;
    private final KeyPair keyPair;
    private KeyPair otherKeyPair;

    private DevIssuer(HttpServer server, ExecutorService executor, int port, KeyPair keyPair) {
        this.server = server;
        this.executor = executor;
        this.port = port;
        this.keyPair = keyPair;
    }

    /** The JVM's test issuer, started on first use on a free port. */
    public static DevIssuer shared() {
        return Shared.get("issuer", DevIssuer.class, () -> {
            DevIssuer issuer = start(0);
            Shared.onShutdown("issuer", issuer::close);
            return issuer;
        }, foreign -> new DevIssuer(null, null, (Integer) Shared.call(foreign, "port"),
                (KeyPair) Shared.call(foreign, "keyPair")));
    }

    /** Starts an issuer on {@code port} (0 for a free one) of the loopback interface. */
    public static DevIssuer start(int port) {
        KeyPair keyPair = newKeyPair();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "dev-issuer");
                thread.setDaemon(true);
                return thread;
            });
            DevIssuer issuer = new DevIssuer(server, executor, server.getAddress().getPort(), keyPair);
            server.createContext("/", issuer::handle);
            server.setExecutor(executor);
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException("The development issuer could not listen on port " + port, e);
        }
    }

    /** Runs the issuer on its own: {@code java … org.letsconnect.testkit.DevIssuer [port]} (default 8090). */
    public static void main(String[] args) throws InterruptedException {
        DevIssuer issuer = start(args.length > 0 ? Integer.parseInt(args[0]) : 8090);
        Runtime.getRuntime().addShutdownHook(new Thread(issuer::close));
        System.out.println("Development token issuer on " + issuer.issuerUrl() + System.lineSeparator()
                + "  curl -s -d username=Amina -d roles=organizer " + issuer.issuerUrl() + "/token");
        Thread.currentThread().join();
    }

    /**
     * The central-user-id-like subject for a username: a stable decimal number below 10^12 derived from the
     * SHA-256 of the exact username.
     */
    public static String subjectFor(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
            long value = (ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE) % 1_000_000_000_000L;
            return Long.toString(value == 0 ? 1 : value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuerUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** A valid access token for {@code username} (subject {@link #subjectFor}), with the given roles if any. */
    public String token(String username, String... roles) {
        return tokenWithSubject(subjectFor(username), username, roles);
    }

    /** A valid access token with an explicit subject. */
    public String tokenWithSubject(String subject, String username, String... roles) {
        return mint(keyPair, issuerUrl(), subject, username, roles, Instant.now(), LIFETIME);
    }

    /** Signed by this issuer but expired an hour ago (issued two hours ago). */
    public String expiredToken(String username) {
        return mint(keyPair, issuerUrl(), subjectFor(username), username, new String[0],
                Instant.now().minus(Duration.ofHours(2)), LIFETIME);
    }

    /** Looks like this issuer's token (same issuer, same kid) but is signed by another key. */
    public String wronglySignedToken(String username) {
        return mint(otherKeyPair(), issuerUrl(), subjectFor(username), username, new String[0], Instant.now(),
                LIFETIME);
    }

    /** Signed by this issuer's key but naming another issuer. */
    public String wrongIssuerToken(String username) {
        return mint(keyPair, "https://wrong-issuer.invalid", subjectFor(username), username, new String[0],
                Instant.now(), LIFETIME);
    }

    /** Stops the HTTP server (does nothing on an issuer shared from another class loader). */
    @Override
    public void close() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
    }

    KeyPair keyPair() {
        return keyPair;
    }

    /** The claims of a token this issuer signed with its key, for its issuer, not expired; null otherwise. */
    Map<String, Object> verify(String token) {
        try {
            String[] parts = token.split("\\.");
            if (parts.length != 3) {
                return null;
            }
            Map<String, Object> header = JSON.readValue(BASE64URL_DECODER.decode(parts[0]), new TypeReference<>() {
            });
            if (!KEY_ID.equals(header.get("kid")) || !"RS256".equals(header.get("alg"))) {
                return null;
            }
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(keyPair.getPublic());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(BASE64URL_DECODER.decode(parts[2]))) {
                return null;
            }
            Map<String, Object> claims = JSON.readValue(BASE64URL_DECODER.decode(parts[1]), new TypeReference<>() {
            });
            if (!issuerUrl().equals(claims.get("iss")) || !(claims.get("exp") instanceof Number exp)
                    || exp.longValue() <= Instant.now().getEpochSecond()) {
                return null;
            }
            return claims;
        } catch (IOException | IllegalArgumentException | GeneralSecurityException e) {
            return null;
        }
    }

    private synchronized KeyPair otherKeyPair() {
        if (otherKeyPair == null) {
            otherKeyPair = newKeyPair();
        }
        return otherKeyPair;
    }

    private static String mint(KeyPair key, String issuer, String subject, String username, String[] roles,
            Instant issuedAt, Duration lifetime) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", KEY_ID);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        if (username != null) {
            // a partner platform's client-credentials token names no person
            claims.put("username", username);
            claims.put("preferred_username", username);
        }
        List<String> roleList = roles == null ? List.of()
                : Arrays.stream(roles).filter(role -> role != null && !role.isBlank()).map(String::trim).toList();
        if (!roleList.isEmpty()) {
            claims.put("roles", roleList);
        }
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.plus(lifetime).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        try {
            String signingInput = BASE64URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + BASE64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            switch (path) {
                case "/.well-known/openid-configuration" -> {
                    if (allow(exchange, "GET")) {
                        send(exchange, 200, discovery());
                    }
                }
                case "/jwks" -> {
                    if (allow(exchange, "GET")) {
                        send(exchange, 200, jwks());
                    }
                }
                case "/token" -> {
                    if (allow(exchange, "POST")) {
                        token(exchange);
                    }
                }
                case "/resource/profile" -> {
                    if (allow(exchange, "GET")) {
                        profile(exchange);
                    }
                }
                case "/w/api.php" -> {
                    if (allow(exchange, "GET")) {
                        api(exchange);
                    }
                }
                default -> send(exchange, 404, Map.of("error", "not_found", "path", path, "method", method));
            }
        } catch (RuntimeException e) {
            send(exchange, 500, Map.of("error", "server_error", "error_description", String.valueOf(e)));
        } finally {
            exchange.close();
        }
    }

    private static boolean allow(HttpExchange exchange, String method) throws IOException {
        if (exchange.getRequestMethod().equalsIgnoreCase(method)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", method);
        send(exchange, 405, Map.of("error", "method_not_allowed"));
        return false;
    }

    private Map<String, Object> discovery() {
        String issuer = issuerUrl();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + "/jwks");
        document.put("token_endpoint", issuer + "/token");
        document.put("userinfo_endpoint", issuer + "/resource/profile");
        document.put("response_types_supported", List.of("token"));
        document.put("grant_types_supported", List.of("password"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("token_endpoint_auth_methods_supported", List.of("none"));
        document.put("claims_supported",
                List.of("iss", "sub", "username", "preferred_username", "roles", "iat", "exp", "jti"));
        return document;
    }

    private Map<String, Object> jwks() {
        RSAPublicKey publicKey = (RSAPublicKey) keyPair.getPublic();
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("kty", "RSA");
        key.put("kid", KEY_ID);
        key.put("use", "sig");
        key.put("alg", "RS256");
        key.put("n", base64url(publicKey.getModulus()));
        key.put("e", base64url(publicKey.getPublicExponent()));
        return Map.of("keys", List.of(key));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        parseForm(exchange.getRequestURI().getRawQuery(), form);
        try (InputStream body = exchange.getRequestBody()) {
            parseForm(new String(body.readAllBytes(), StandardCharsets.UTF_8), form);
        }
        String username = form.get("username");
        if (username == null || username.isBlank()) {
            send(exchange, 400, Map.of("error", "invalid_request", "error_description", "username is required"));
            return;
        }
        String[] roles = form.getOrDefault("roles", "").split(",");
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", token(username.trim(), roles));
        response.put("token_type", "Bearer");
        response.put("expires_in", LIFETIME.toSeconds());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 200, response);
    }

    private void profile(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Map<String, Object> claims = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? verify(authorization.substring(7).trim())
                : null;
        if (claims == null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            send(exchange, 401, Map.of("error", "invalid_token", "error_description",
                    "The access token is missing, expired or not issued by " + issuerUrl()));
            return;
        }
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("sub", claims.get("sub"));
        profile.put("username", claims.get("username"));
        profile.put("editcount", 0);
        profile.put("confirmed_email", false);
        profile.put("blocked", false);
        profile.put("registered", "20200101000000");
        profile.put("groups", List.of());
        profile.put("rights", List.of());
        profile.put("grants", List.of("basic"));
        send(exchange, 200, profile);
    }

    /**
     * The part of Meta-Wiki's action API that registry-service's import uses: CentralAuth's
     * {@code meta=globaluserinfo} (format=json, formatversion=2). Every username exists, with the central user id
     * {@link #subjectFor} gives it (so it equals the {@code sub} of that user's tokens); a blank one is missing.
     */
    private void api(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        parseForm(exchange.getRequestURI().getRawQuery(), query);
        if (!"query".equals(query.get("action")) || !"globaluserinfo".equals(query.get("meta"))) {
            send(exchange, 200, Map.of("error", Map.of("code", "badvalue", "info",
                    "The development issuer answers only action=query&meta=globaluserinfo.")));
            return;
        }
        String name = query.getOrDefault("guiuser", "").trim();
        Map<String, Object> info = new LinkedHashMap<>();
        if (name.isEmpty()) {
            info.put("missing", true);
        } else {
            info.put("home", "metawiki");
            info.put("id", Long.parseLong(subjectFor(name)));
            info.put("registration", "2020-01-01T00:00:00Z");
            info.put("name", name);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("batchcomplete", true);
        answer.put("query", Map.of("globaluserinfo", info));
        send(exchange, 200, answer);
    }

    private static void parseForm(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            into.put(name, value);
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String base64url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) { // drop the sign byte: JWK integers are unsigned big-endian
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return BASE64URL.encodeToString(bytes);
    }
}
