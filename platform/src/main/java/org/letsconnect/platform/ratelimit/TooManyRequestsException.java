package org.letsconnect.platform.ratelimit;

import org.letsconnect.platform.problem.ProblemException;

/** 429: a rate limit refused the request; rendered with {@code Retry-After} in seconds. */
public class TooManyRequestsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super(429, "too-many-requests", "platform-problem-too-many-requests",
                "platform-problem-too-many-requests-detail", retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** When the caller may try again, in whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
