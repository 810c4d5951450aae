package org.letsconnect.notification.unsubscribe;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letsconnect.notification.recipient.RecipientKind;

/** The one-click unsubscribe link (RFC 8058) for a person and a category. */
@ApplicationScoped
public class UnsubscribeLinks {

    private final String baseUrl;

    public UnsubscribeLinks(@ConfigProperty(name = "letsconnect.notification.public-url") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** An https URL that unsubscribes the person from the category with one POST, without signing in. */
    public String oneClickUrl(RecipientKind kind, UUID recipientId, String category) {
        return baseUrl + "/api/v1/unsubscribe?category=" + category;
    }
}
