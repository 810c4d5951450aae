package org.letsconnect.platform.ratelimit;

/**
 * One bucket to count a request against: a limit's name and what it counts per (a client address, a space id).
 *
 * @param limit the limit's name in {@code letsconnect.rate-limit.limits}
 * @param key whose requests share the bucket
 */
public record RateLimitKey(String limit, String key) {

    public RateLimitKey {
        if (limit == null || key == null) {
            throw new IllegalArgumentException("a rate limit key needs a limit and a key");
        }
    }
}
