package org.letsconnect.notification.unsubscribe;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letsconnect.notification.recipient.RecipientKind;

/** The one-click unsubscribe link (RFC 8058) for a person and a category. */
@ApplicationScoped
public class UnsubscribeLinks {

    private final String baseUrl;
    private final UnsubscribeTokens tokens;

    public UnsubscribeLinks(@ConfigProperty(name = "letsconnect.notification.public-url") String baseUrl,
            UnsubscribeTokens tokens) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.tokens = tokens;
    }

    /**
     * An https URL that unsubscribes the person from the category ({@code all}: from everything) with one POST,
     * without signing in; a GET on it only shows a page that offers the same.
     */
    public String oneClickUrl(RecipientKind kind, UUID recipientId, String category) {
        return baseUrl + "/api/v1/unsubscribe/" + tokens.issue(kind, recipientId, category);
    }
}
