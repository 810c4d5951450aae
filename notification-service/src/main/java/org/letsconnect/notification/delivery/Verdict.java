package org.letsconnect.notification.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * What becomes of one claimed delivery, decided outside the claim's transaction and recorded in a second one.
 *
 * @param language the language it was rendered in (or would have been), for the log and the events
 * @param releaseAt for {@link Type#LATER}, when it may go out
 * @param retryAfter for {@link Type#RETRY}, the wait the channel asked for, or null
 */
record Verdict(Type type, String reason, String language, Instant releaseAt, Duration retryAfter, boolean turnOff) {

    enum Type {
        SENT,
        /** Failed for now: pending again after the backoff, or dead after the last attempt. */
        RETRY,
        /** Failed for good. */
        FAILED,
        /** Held back by quiet hours: pending again at {@link #releaseAt}, the attempt not counted. */
        LATER,
        /** Held for the digest released at {@link #releaseAt}, which sends it; the attempt not counted. */
        DIGEST,
        /** Not needed any more (the recipient is gone). */
        CANCELLED
    }

    static Verdict of(SendOutcome outcome, String language) {
        return switch (outcome.kind()) {
            case SENT -> new Verdict(Type.SENT, null, language, null, null, false);
            case TEMPORARY -> new Verdict(Type.RETRY, outcome.reason(), language, null, outcome.retryAfter(), false);
            case PERMANENT -> new Verdict(Type.FAILED, outcome.reason(), language, null, null, outcome.turnOff());
        };
    }

    static Verdict retry(String reason, String language) {
        return new Verdict(Type.RETRY, reason, language, null, null, false);
    }

    static Verdict failed(String reason, String language) {
        return new Verdict(Type.FAILED, reason, language, null, null, false);
    }

    static Verdict later(Instant releaseAt) {
        return new Verdict(Type.LATER, DeliveryReasons.QUIET_HOURS, null, releaseAt, null, false);
    }

    static Verdict digest(Instant releaseAt) {
        return new Verdict(Type.DIGEST, DeliveryReasons.DIGEST, null, releaseAt, null, false);
    }

    static Verdict cancelled(String reason) {
        return new Verdict(Type.CANCELLED, reason, null, null, null, false);
    }
}
