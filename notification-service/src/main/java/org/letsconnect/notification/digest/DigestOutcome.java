package org.letsconnect.notification.digest;

import java.time.Duration;

import org.letsconnect.notification.delivery.SendOutcome;

/**
 * What became of one claimed digest, and so of every delivery in it.
 *
 * @param language the language it was written in (or would have been), for the log and the events
 * @param retryAfter for {@link Type#RETRY}, the wait the channel asked for, or null
 * @param turnOff for {@link Type#FAILED}, whether the channel is turned off for the person
 */
record DigestOutcome(Type type, String reason, String language, Duration retryAfter, boolean turnOff) {

    enum Type {
        SENT,
        /** Failed for now: tried again after the backoff, dead after the last attempt. */
        RETRY,
        /** Failed for good. */
        FAILED,
        /** Nothing to send (every delivery in it cancelled, the person gone). */
        CANCELLED
    }

    static DigestOutcome of(SendOutcome outcome, String language) {
        return switch (outcome.kind()) {
            case SENT -> new DigestOutcome(Type.SENT, null, language, null, false);
            case TEMPORARY -> retry(outcome.reason(), language, outcome.retryAfter());
            case PERMANENT -> failed(outcome.reason(), language, outcome.turnOff());
        };
    }

    static DigestOutcome retry(String reason, String language, Duration retryAfter) {
        return new DigestOutcome(Type.RETRY, reason, language, retryAfter, false);
    }

    static DigestOutcome failed(String reason, String language, boolean turnOff) {
        return new DigestOutcome(Type.FAILED, reason, language, null, turnOff);
    }

    static DigestOutcome cancelled(String reason) {
        return new DigestOutcome(Type.CANCELLED, reason, null, null, false);
    }
}
