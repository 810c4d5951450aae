package org.letsconnect.notification.unsubscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.letsconnect.notification.notification.Category;
import org.letsconnect.notification.recipient.RecipientKind;

/** A token names one person and one category, and cannot be edited into another. */
class UnsubscribeTokensTest {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens("a-secret-of-at-least-thirty-two-characters");
    private final UUID person = UUID.randomUUID();

    @Test
    void aTokenReadsBackAsWhatItWasIssuedFor() {
        String token = tokens.issue(RecipientKind.PARTICIPANT, person, Category.OUTREACH);
        assertEquals(new UnsubscribeTokens.Subject(RecipientKind.PARTICIPANT, person, Category.OUTREACH),
                tokens.read(token).orElseThrow());
        String guest = tokens.issue(RecipientKind.GUEST, person, "all");
        assertTrue(tokens.read(guest).orElseThrow().all());
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "safe in a URL path as it is: " + token);
    }

    @Test
    void anEditedTokenIsRefused() {
        String token = tokens.issue(RecipientKind.PARTICIPANT, person, Category.OUTREACH);
        String payload = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        // the same signature over another category, another person, another kind
        for (String edited : new String[] { "v1:participant:" + person + ":reminders",
                "v1:participant:" + UUID.randomUUID() + ":outreach", "v1:guest:" + person + ":outreach",
                "v1:participant:" + person + ":all" }) {
            String forged = encode(edited) + "." + signature;
            assertTrue(tokens.read(forged).isEmpty(), edited);
        }
        // one character of the signature changed, the signature cut short, or gone
        char last = signature.charAt(signature.length() - 1);
        assertTrue(tokens.read(payload + "." + signature.substring(0, signature.length() - 1) + (last == 'A' ? 'B' : 'A'))
                .isEmpty());
        assertTrue(tokens.read(payload + "." + signature.substring(0, 20)).isEmpty());
        assertTrue(tokens.read(payload).isEmpty());
        assertTrue(tokens.read(payload + ".").isEmpty());
        assertTrue(tokens.read("not a token").isEmpty());
        assertTrue(tokens.read(token + "." + signature).isEmpty());
        assertTrue(tokens.read("x".repeat(10_000)).isEmpty());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        UnsubscribeTokens other = new UnsubscribeTokens("another-secret-of-at-least-thirty-two-chars");
        assertTrue(tokens.read(other.issue(RecipientKind.PARTICIPANT, person, Category.OUTREACH)).isEmpty());
    }

    @Test
    void onlyKnownCategoriesAndLongSecrets() {
        assertThrows(IllegalArgumentException.class, () -> tokens.issue(RecipientKind.PARTICIPANT, person, "spam"));
        assertThrows(IllegalStateException.class, () -> new UnsubscribeTokens("short"));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
