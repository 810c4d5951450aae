package org.letsconnect.platform.security.wikimedia;

/**
 * Meta-Wiki could not tell whether a token is valid: it was unreachable, too slow, answered with a server error,
 * or the circuit breaker is holding calls back after many such failures. Rendered as 503, never as 401: the
 * caller's token may well be fine, and they should retry rather than sign in again.
 */
public class SignInUnavailableException extends RuntimeException {

    /** Seconds after which a retry is worth it (for the Retry-After header). */
    public static final int RETRY_AFTER_SECONDS = 10;

    public SignInUnavailableException(String message) {
        super(message);
    }

    public SignInUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Seconds after which a retry is worth it (for the Retry-After header). */
    public int retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }
}
