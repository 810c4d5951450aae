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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * GET  /w/api.php?action=query&amp;meta=tokens&amp;list=users&amp;ususers=…&amp;prop=revisions&amp;titles=…
 *                                          a CSRF token (for the bot's bearer token {@value #TALK_PAGE_BOT_TOKEN}),
 *                                          whether users exist, pages' current wikitext (any of these together)
 * POST /w/api.php action=edit&amp;section=new&amp;title=…&amp;sectiontitle=…&amp;text=…&amp;token=…
 *                                          a new section on a page kept in memory (bearer and CSRF token checked)
 * </pre>
 *
 * Every username has an account unless {@link #withoutAccount} said otherwise; edits are kept for
 * {@link #talkPageEdits}.
 */
public final class DevIssuer implements AutoCloseable {

    /** The key id in every token header and in the JWKS. */
    public static final String KEY_ID = "letsconnect-dev-issuer";
    /** How long {@link #token} tokens are valid. */
    public static final Duration LIFETIME = Duration.ofHours(1);
    /** The owner-only OAuth 2 access token of the Meta-Wiki stand-in's bot account (public: it edits only here). */
    public static final String TALK_PAGE_BOT_TOKEN = "letsconnect-dev-talk-page-bot";
    /** The bot account's username, as its signature and the page history show it. */
    public static final String TALK_PAGE_BOT_NAME = "Let's Connect bot";

    /**
     * An edit the Meta-Wiki stand-in saved.
     *
     * @param title the page, normalised ({@code User talk:Amina})
     * @param section {@code new} for a new section
     */
    public record TalkPageEdit(long revisionId, String title, String section, String sectionTitle, String text,
            String summary, Instant at) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final HttpServer server; // null when attached to an issuer of another class loader
    private final ExecutorService executor;
    private final int port;
    private final KeyPair keyPair;
    private KeyPair otherKeyPair;
    private Object foreign; // the issuer of another class loader this one is attached to

    // the Meta-Wiki stand-in's wiki: pages by normalised title, saved edits, names without an account
    private final Object wikiLock = new Object();
    private final Map<String, String> pages = new LinkedHashMap<>();
    private final List<TalkPageEdit> edits = new ArrayList<>();
    private final Set<String> withoutAccount = new HashSet<>();
    private final String csrfToken = UUID.randomUUID().toString().replace("-", "") + "+\\";
    private long lastRevisionId = 100;

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
        }, foreign -> {
            DevIssuer attached = new DevIssuer(null, null, (Integer) Shared.call(foreign, "port"),
                    (KeyPair) Shared.call(foreign, "keyPair"));
            attached.foreign = foreign;
            return attached;
        });
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
                    if (method.equalsIgnoreCase("GET") || allow(exchange, "POST")) {
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
     * The part of Meta-Wiki's action API that the services use (format=json, formatversion=2): CentralAuth's
     * {@code meta=globaluserinfo} for registry-service's import, and what notification-service's talk-page bot needs
     * ({@code meta=tokens}, {@code list=users}, {@code prop=revisions}, {@code action=edit}).
     */
    private void api(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        parseForm(exchange.getRequestURI().getRawQuery(), query);
        if (exchange.getRequestMethod().equalsIgnoreCase("POST")) {
            try (InputStream body = exchange.getRequestBody()) {
                parseForm(new String(body.readAllBytes(), StandardCharsets.UTF_8), query);
            }
        }
        String action = query.get("action");
        if ("edit".equals(action)) {
            edit(exchange, query);
            return;
        }
        List<String> meta = List.of(query.getOrDefault("meta", "").split("\\|"));
        if (!"query".equals(action) || !(meta.contains("globaluserinfo") || meta.contains("tokens")
                || query.containsKey("list") || query.containsKey("prop"))) {
            send(exchange, 200, Map.of("error", Map.of("code", "badvalue", "info", "The development issuer answers "
                    + "only action=query (meta=globaluserinfo|tokens, list=users, prop=revisions) and action=edit.")));
            return;
        }
        String bot = botOf(exchange);
        if ("invalid".equals(bot)) {
            send(exchange, 200, invalidAuthorization());
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("batchcomplete", true);
        Map<String, Object> result = new LinkedHashMap<>();
        if (meta.contains("globaluserinfo")) {
            result.put("globaluserinfo", globalUserInfo(query.getOrDefault("guiuser", "").trim()));
        }
        if (meta.contains("tokens")) {
            result.put("tokens", Map.of("csrftoken", bot == null ? "+\\" : csrfToken));
        }
        if ("users".equals(query.get("list"))) {
            result.put("users", users(query.getOrDefault("ususers", "")));
        }
        if ("revisions".equals(query.get("prop"))) {
            result.put("pages", revisions(query.getOrDefault("titles", "")));
        }
        answer.put("query", result);
        send(exchange, 200, answer);
    }

    /** CentralAuth's answer: every username exists (unless {@link #withoutAccount}), a blank one is missing. */
    private Map<String, Object> globalUserInfo(String name) {
        Map<String, Object> info = new LinkedHashMap<>();
        if (name.isEmpty() || hasNoAccount(name)) {
            info.put("missing", true);
        } else {
            info.put("home", "metawiki");
            info.put("id", Long.parseLong(subjectFor(name)));
            info.put("registration", "2020-01-01T00:00:00Z");
            info.put("name", name);
        }
        return info;
    }

    /** {@code list=users}: each name with its user id, or {@code missing}. */
    private List<Map<String, Object>> users(String names) {
        List<Map<String, Object>> users = new ArrayList<>();
        for (String name : names.split("\\|")) {
            String normal = normaliseTitle(name);
            Map<String, Object> user = new LinkedHashMap<>();
            if (normal.isEmpty() || hasNoAccount(normal)) {
                user.put("name", normal);
                user.put("missing", true);
            } else {
                user.put("userid", Long.parseLong(subjectFor(normal)));
                user.put("name", normal);
            }
            users.add(user);
        }
        return users;
    }

    /** {@code prop=revisions&rvprop=content&rvslots=main}: each page's current wikitext, or {@code missing}. */
    private List<Map<String, Object>> revisions(String titles) {
        List<Map<String, Object>> found = new ArrayList<>();
        synchronized (wikiLock) {
            for (String title : titles.split("\\|")) {
                String normal = normaliseTitle(title);
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("ns", normal.startsWith("User talk:") ? 3 : 0);
                page.put("title", normal);
                String content = pages.get(normal);
                if (content == null) {
                    page.put("missing", true);
                } else {
                    page.put("pageid", Math.abs((long) normal.hashCode()));
                    page.put("revisions", List.of(Map.of("slots", Map.of("main",
                            Map.of("contentmodel", "wikitext", "contentformat", "text/x-wiki", "content", content)))));
                }
                found.add(page);
            }
        }
        return found;
    }

    /** {@code action=edit&section=new}: POST only, the bot's bearer token and its CSRF token (sent last). */
    private void edit(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!exchange.getRequestMethod().equalsIgnoreCase("POST")) {
            send(exchange, 200, apiError("mustbeposted", "The \"edit\" module requires a POST request."));
            return;
        }
        String bot = botOf(exchange);
        if ("invalid".equals(bot)) {
            send(exchange, 200, invalidAuthorization());
            return;
        }
        if (bot == null || !csrfToken.equals(form.get("token"))) {
            send(exchange, 200, apiError("badtoken", "Invalid CSRF token."));
            return;
        }
        String title = normaliseTitle(form.getOrDefault("title", ""));
        if (title.isEmpty()) {
            send(exchange, 200, apiError("missingparam", "The \"title\" parameter must be set."));
            return;
        }
        String section = form.get("section");
        String text = form.getOrDefault("text", "");
        String sectionTitle = form.get("sectiontitle");
        TalkPageEdit saved;
        synchronized (wikiLock) {
            String before = pages.get(title);
            String after;
            if ("new".equals(section)) {
                String heading = sectionTitle == null || sectionTitle.isBlank() ? "" : "== " + sectionTitle + " ==\n\n";
                after = (before == null || before.isBlank() ? "" : before.stripTrailing() + "\n\n") + heading + text;
            } else {
                after = text;
            }
            // MediaWiki replaces the signature when it saves
            after = after.replace("~~~~", "[[User:" + TALK_PAGE_BOT_NAME + "|" + TALK_PAGE_BOT_NAME + "]] "
                    + DateTimeFormatter.ofPattern("HH:mm, d MMMM yyyy '(UTC)'", Locale.ENGLISH)
                            .withZone(ZoneOffset.UTC).format(Instant.now()));
            pages.put(title, after);
            saved = new TalkPageEdit(++lastRevisionId, title, section, sectionTitle, text, form.get("summary"),
                    Instant.now());
            edits.add(saved);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("result", "Success");
        result.put("pageid", Math.abs((long) title.hashCode()));
        result.put("title", title);
        result.put("contentmodel", "wikitext");
        result.put("newrevid", saved.revisionId());
        result.put("newtimestamp", saved.at().toString());
        send(exchange, 200, Map.of("edit", result));
    }

    /** The bot named by the bearer token: its name, null without an Authorization header, "invalid" for another. */
    private static String botOf(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            return null;
        }
        boolean ours = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.substring(7).trim().equals(TALK_PAGE_BOT_TOKEN);
        return ours ? TALK_PAGE_BOT_NAME : "invalid";
    }

    private static Map<String, Object> invalidAuthorization() {
        return apiError("mwoauth-invalid-authorization", "The authorization headers in your request are not valid: "
                + "Invalid access token");
    }

    private static Map<String, Object> apiError(String code, String info) {
        return Map.of("error", Map.of("code", code, "info", info));
    }

    /** Titles and usernames as MediaWiki normalises them: underscores are spaces, the first letter capital. */
    private static String normaliseTitle(String title) {
        String normal = title.replace('_', ' ').strip().replaceAll(" +", " ");
        int colon = normal.indexOf(':');
        if (colon > 0 && normal.substring(0, colon).equalsIgnoreCase("User talk")) {
            String name = normal.substring(colon + 1).strip();
            return "User talk:" + capitalise(name);
        }
        return capitalise(normal);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text
                : text.substring(0, text.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                        + text.substring(text.offsetByCodePoints(0, 1));
    }

    private boolean hasNoAccount(String name) {
        synchronized (wikiLock) {
            return withoutAccount.contains(normaliseTitle(name));
        }
    }

    // ---------------------------------------------------------------------------------------------- the wiki

    /** From now on the Meta-Wiki stand-in knows no account of this name (list=users and globaluserinfo: missing). */
    public void withoutAccount(String username) {
        if (foreign != null) {
            Shared.call(foreign, "withoutAccount", username);
            return;
        }
        synchronized (wikiLock) {
            withoutAccount.add(normaliseTitle(username));
        }
    }

    /** Every edit saved on a page ({@code User talk:Amina} or {@code User_talk:Amina}), oldest first. */
    public List<TalkPageEdit> talkPageEdits(String title) {
        String normal = normaliseTitle(title);
        List<TalkPageEdit> found = new ArrayList<>();
        for (TalkPageEdit edit : talkPageEdits()) {
            if (edit.title().equals(normal)) {
                found.add(edit);
            }
        }
        return found;
    }

    /** Every edit the stand-in saved, oldest first. */
    public List<TalkPageEdit> talkPageEdits() {
        if (foreign != null) {
            List<TalkPageEdit> copies = new ArrayList<>();
            for (Object edit : (List<?>) Shared.call(foreign, "editsAsMaps")) {
                Map<?, ?> map = (Map<?, ?>) edit;
                copies.add(new TalkPageEdit((Long) map.get("revisionId"), (String) map.get("title"),
                        (String) map.get("section"), (String) map.get("sectionTitle"), (String) map.get("text"),
                        (String) map.get("summary"), Instant.parse((String) map.get("at"))));
            }
            return copies;
        }
        synchronized (wikiLock) {
            return List.copyOf(edits);
        }
    }

    /** A page's current wikitext, or null when it does not exist. */
    public String pageText(String title) {
        if (foreign != null) {
            return (String) Shared.call(foreign, "pageText", title);
        }
        synchronized (wikiLock) {
            return pages.get(normaliseTitle(title));
        }
    }

    List<Map<String, Object>> editsAsMaps() {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (TalkPageEdit edit : talkPageEdits()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("revisionId", edit.revisionId());
            map.put("title", edit.title());
            map.put("section", edit.section());
            map.put("sectionTitle", edit.sectionTitle());
            map.put("text", edit.text());
            map.put("summary", edit.summary());
            map.put("at", edit.at().toString());
            maps.add(map);
        }
        return maps;
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
