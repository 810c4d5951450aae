package org.letsconnect.notification.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The one-time secret of a deep link: 256 random bits, base64url (43 characters, within what Telegram allows in a
 * {@code start} parameter: up to 64 of {@code A-Za-z0-9_-}). Only its SHA-256 is stored: the token is random, so a
 * fast hash leaves nothing to guess, and a leaked table links nobody.
 */
final class LinkToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private LinkToken() {
    }

    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a presented value can be a token at all (anything else is not looked up). */
    static boolean wellFormed(String presented) {
        return presented != null && SHAPE.matcher(presented).matches();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
