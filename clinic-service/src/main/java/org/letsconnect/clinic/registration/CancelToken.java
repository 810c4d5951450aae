package org.letsconnect.clinic.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret that lets a guest cancel without signing in. 256 random bits, given to the guest once; only its SHA-256
 * is stored, so a leaked database cannot cancel anyone's place. A fast hash is enough: the token is random, not a
 * password someone chose, so there is nothing to guess from its hash.
 */
final class CancelToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private CancelToken() {
    }

    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether a presented token is the one whose hash is stored, compared in constant time. */
    static boolean matches(String presented, String storedHash) {
        if (presented == null || presented.isBlank() || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented.strip()).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
