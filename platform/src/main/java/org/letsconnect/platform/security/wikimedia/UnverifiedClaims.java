package org.letsconnect.platform.security.wikimedia;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The few claims of a Meta-Wiki access token (a JWT) read WITHOUT verifying its signature: {@code exp} to bound how
 * long a verification is remembered and to refuse an expired token without asking Meta-Wiki, {@code aud} to refuse
 * tokens issued to other consumers. Never a source of identity: a forged token can say anything here, which is why
 * these claims only ever narrow what is accepted, and the person always comes from Meta-Wiki's profile answer.
 *
 * @param expiry the token's {@code exp}, or null when it has none or is not a JWT
 * @param audience the token's {@code aud} values (empty when absent)
 */
record UnverifiedClaims(Instant expiry, Set<String> audience) {

    static final UnverifiedClaims NONE = new UnverifiedClaims(null, Set.of());

    UnverifiedClaims {
        audience = Set.copyOf(audience);
    }

    /** The claims of a token, or {@link #NONE} when it is not a readable JWT. */
    static UnverifiedClaims of(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return NONE;
        }
        try {
            JsonObject payload = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
            return new UnverifiedClaims(expiry(payload.getValue("exp")), audience(payload.getValue("aud")));
        } catch (RuntimeException notAJwt) {
            return NONE;
        }
    }

    /** Whether the token says it expired before {@code now} (minus a leeway for clocks that differ). */
    boolean expiredBefore(Instant now, java.time.Duration leeway) {
        return expiry != null && expiry.plus(leeway).isBefore(now);
    }

    /** Meta-Wiki writes {@code exp} as seconds since the epoch, sometimes with a fraction (1765645618.702291). */
    private static Instant expiry(Object exp) {
        if (exp instanceof Number number) {
            double seconds = number.doubleValue();
            if (Double.isFinite(seconds) && seconds > 0) {
                return Instant.ofEpochMilli((long) (seconds * 1000));
            }
        }
        return null;
    }

    private static Set<String> audience(Object aud) {
        Set<String> audience = new LinkedHashSet<>();
        if (aud instanceof String single) {
            audience.add(single);
        } else if (aud instanceof JsonArray many) {
            many.forEach(value -> {
                if (value instanceof String string) {
                    audience.add(string);
                }
            });
        }
        return audience;
    }

    /** The cache key of a token: its SHA-256, so the cache never holds a usable token. */
    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
