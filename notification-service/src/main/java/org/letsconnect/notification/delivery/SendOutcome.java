package org.letsconnect.notification.delivery;

import java.time.Duration;

/**
 * What a channel made of one send.
 *
 * @param reason a short code for a failure (e.g. {@code smtp-temporary}, {@code unknown-address}); null when sent
 * @param retryAfter for a temporary failure, the wait the other side asked for (Telegram's {@code retry_after}), or
 *        null to back off as configured
 * @param turnOff for a permanent failure, whether the channel is turned off for the person (their address is
 *        unknown, the bot blocked), rather than only this delivery failing
 */
public record SendOutcome(Kind kind, String reason, Duration retryAfter, boolean turnOff) {

    public enum Kind {
        SENT,
        /** Failed for now (server down, 4xx): tried again later, given up after the last attempt. */
        TEMPORARY,
        /** Failed for good: never tried again. */
        PERMANENT
    }

    public static SendOutcome sent() {
        return new SendOutcome(Kind.SENT, null, null, false);
    }

    public static SendOutcome temporary(String reason) {
        return new SendOutcome(Kind.TEMPORARY, reason, null, false);
    }

    public static SendOutcome temporary(String reason, Duration retryAfter) {
        return new SendOutcome(Kind.TEMPORARY, reason, retryAfter, false);
    }

    /** Failed for good, and the channel stays on (e.g. the message was refused, not the address). */
    public static SendOutcome permanent(String reason) {
        return new SendOutcome(Kind.PERMANENT, reason, null, false);
    }

    /** Failed for good because of the person's address or account on the channel: the channel is turned off. */
    public static SendOutcome unreachable(String reason) {
        return new SendOutcome(Kind.PERMANENT, reason, null, true);
    }
}
