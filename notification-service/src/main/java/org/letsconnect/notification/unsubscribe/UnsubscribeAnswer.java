package org.letsconnect.notification.unsubscribe;

/**
 * The answer to a one-click unsubscribe.
 *
 * @param category the category turned off, or {@code all}
 * @param message what happened, in the person's language
 */
public record UnsubscribeAnswer(String category, boolean unsubscribed, String message) {
}
