package org.letsconnect.clinic.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who answered, as a keyed hash only: HMAC-SHA256 over the space and the person's central user id with a secret
 * from configuration. Without the secret nobody can tell whose answer a key is, and the same person's keys in two
 * spaces do not match, so anonymous answers cannot be linked to each other either.
 */
@ApplicationScoped
public class FeedbackPseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    /** A shorter secret could be guessed; refuse to start rather than pretend anonymity. */
    private static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    public FeedbackPseudonyms(@ConfigProperty(name = "letsconnect.clinic.feedback.pseudonym-key") String secret) {
        if (secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("letsconnect.clinic.feedback.pseudonym-key must have at least "
                    + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The author key of one person's answer about one space. */
    public String of(UUID spaceId, String subject) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((spaceId + "\n" + subject).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
