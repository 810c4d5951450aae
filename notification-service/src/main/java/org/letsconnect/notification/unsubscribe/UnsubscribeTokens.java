package org.letsconnect.notification.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.preference.GuestUnsubscribe;
import org.letsconnect.notification.recipient.RecipientKind;

/**
 * The proof of right of a one-click unsubscribe link: who (kind and id) and which category (or {@code all}), with
 * an HMAC-SHA256 over them under a secret from configuration. Without the secret nobody can make a token for another
 * person or another category, and an edited token no longer matches its signature.
 *
 * <p>
 * Shape: {@code base64url("v1:" kind ":" id ":" category) "." base64url(hmac)}.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v1";
    /** A shorter secret could be guessed; refuse to start rather than hand out forgeable links. */
    private static final int MIN_KEY_LENGTH = 32;
    /** Far longer than any token this makes; longer input is refused before any work. */
    private static final int MAX_TOKEN_LENGTH = 256;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a valid token names. */
    public record Subject(RecipientKind kind, UUID recipientId, String category) {

        public boolean all() {
            return GuestUnsubscribe.ALL.equals(category);
        }
    }

    private final SecretKeySpec key;

    public UnsubscribeTokens(@ConfigProperty(name = "letsconnect.notification.unsubscribe.key") String secret) {
        if (secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("letsconnect.notification.unsubscribe.key must have at least "
                    + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** A token for the person and a category of {@link Category#ALL}, or {@code all}. */
    public String issue(RecipientKind kind, UUID recipientId, String category) {
        if (!isCategory(category)) {
            throw new IllegalArgumentException("No category " + category);
        }
        byte[] payload = String.join(":", VERSION, kind.code(), recipientId.toString(), category)
                .getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** What the token names, when it is one of ours and unaltered; empty otherwise. */
    public Optional<Subject> read(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            // compared as issued, so a second spelling of the same bytes (base64's unused trailing bits) is refused too
            String issued = ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
            if (!MessageDigest.isEqual(issued.getBytes(StandardCharsets.US_ASCII),
                    token.getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 4 || !VERSION.equals(parts[0]) || !isCategory(parts[3])) {
                return Optional.empty();
            }
            return Optional.of(new Subject(RecipientKind.of(parts[1]), UUID.fromString(parts[2]), parts[3]));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not base64url, no such kind, not a UUID
        }
    }

    private static boolean isCategory(String category) {
        return Category.ALL.contains(category) || GuestUnsubscribe.ALL.equals(category);
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
