package org.letsconnect.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;

/** The token buckets, on a clock the test moves. */
class RateLimiterTest {

    private final MovableTime time = new MovableTime();

    @Test
    void aKeyGetsItsRequestsThenWaitsForTheNextToken() {
        RateLimiter limiter = limiter(true, Map.of("guest", limit(3, Duration.ofMinutes(1))));
        for (int i = 0; i < 3; i++) {
            assertDoesNotThrow(() -> limiter.acquire(new RateLimitKey("guest", "203.0.113.7")));
        }
        TooManyRequestsException refused = assertThrows(TooManyRequestsException.class,
                () -> limiter.acquire(new RateLimitKey("guest", "203.0.113.7")));
        // three a minute refill one token every 20 seconds
        assertEquals(20, refused.retryAfterSeconds());
        assertEquals(429, refused.status());
        assertEquals("too-many-requests", refused.slug());
        assertEquals(20L, refused.detailParams()[0]);

        time.advance(Duration.ofSeconds(19));
        assertEquals(1, assertThrows(TooManyRequestsException.class,
                () -> limiter.acquire(new RateLimitKey("guest", "203.0.113.7"))).retryAfterSeconds());
        time.advance(Duration.ofSeconds(1));
        assertDoesNotThrow(() -> limiter.acquire(new RateLimitKey("guest", "203.0.113.7")));
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        RateLimiter limiter = limiter(true, Map.of("fast", limit(1, Duration.ofMillis(1500))));
        limiter.acquire(new RateLimitKey("fast", "a"));
        assertEquals(2, assertThrows(TooManyRequestsException.class,
                () -> limiter.acquire(new RateLimitKey("fast", "a"))).retryAfterSeconds());
        time.advance(Duration.ofMillis(1400));
        assertEquals(1, assertThrows(TooManyRequestsException.class,
                () -> limiter.acquire(new RateLimitKey("fast", "a"))).retryAfterSeconds());
    }

    @Test
    void keysAndLimitsHaveTheirOwnBuckets() {
        RateLimiter limiter = limiter(true, Map.of("a", limit(1, Duration.ofHours(1)),
                "b", limit(1, Duration.ofHours(1))));
        limiter.acquire(new RateLimitKey("a", "one"));
        assertThrows(TooManyRequestsException.class, () -> limiter.acquire(new RateLimitKey("a", "one")));
        assertDoesNotThrow(() -> limiter.acquire(new RateLimitKey("a", "two")));
        assertDoesNotThrow(() -> limiter.acquire(new RateLimitKey("b", "one")));
    }

    @Test
    void aRefusedClientDoesNotUseUpTheSpacesBudget() {
        RateLimiter limiter = limiter(true, Map.of("per-address", limit(1, Duration.ofHours(1)),
                "per-space", limit(2, Duration.ofHours(1))));
        limiter.acquire(new RateLimitKey("per-address", "greedy"), new RateLimitKey("per-space", "s"));
        for (int i = 0; i < 5; i++) {
            assertThrows(TooManyRequestsException.class, () -> limiter.acquire(
                    new RateLimitKey("per-address", "greedy"), new RateLimitKey("per-space", "s")));
        }
        // the space spent one token of two: another client still gets the second
        assertDoesNotThrow(() -> limiter.acquire(new RateLimitKey("per-address", "other"),
                new RateLimitKey("per-space", "s")));
        assertThrows(TooManyRequestsException.class, () -> limiter.acquire(
                new RateLimitKey("per-address", "third"), new RateLimitKey("per-space", "s")));
    }

    @Test
    void aForgottenKeyStartsFull() {
        RateLimiter limiter = limiter(true, Map.of("a", limit(2, Duration.ofMinutes(1))));
        limiter.acquire(new RateLimitKey("a", "k"));
        limiter.acquire(new RateLimitKey("a", "k"));
        assertThrows(TooManyRequestsException.class, () -> limiter.acquire(new RateLimitKey("a", "k")));
        time.advance(Duration.ofMinutes(2));
        limiter.acquire(new RateLimitKey("a", "k"));
        assertDoesNotThrow(() -> limiter.acquire(new RateLimitKey("a", "k")));
    }

    @Test
    void disabledLetsEverythingThroughButStillKnowsItsLimits() {
        RateLimiter limiter = limiter(false, Map.of("a", limit(1, Duration.ofHours(1))));
        for (int i = 0; i < 10; i++) {
            assertDoesNotThrow(() -> limiter.acquire(new RateLimitKey("a", "k")));
        }
        assertThrows(IllegalArgumentException.class, () -> limiter.acquire(new RateLimitKey("missing", "k")));
    }

    @Test
    void anUnknownLimitIsAProgrammingError() {
        RateLimiter limiter = limiter(true, Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> limiter.acquire(new RateLimitKey("guest", "k")));
        assertEquals("no rate limit letsconnect.rate-limit.limits.guest is configured", e.getMessage());
    }

    @Test
    void aLimitThatAllowsNothingIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class,
                () -> limiter(true, Map.of("a", limit(0, Duration.ofMinutes(1)))));
        assertThrows(IllegalArgumentException.class, () -> limiter(true, Map.of("a", limit(1, Duration.ZERO))));
    }

    private RateLimiter limiter(boolean enabled, Map<String, RateLimitConfig.Limit> limits) {
        return new RateLimiter(new RateLimitConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public long maxKeys() {
                return 1000;
            }

            @Override
            public Map<String, Limit> limits() {
                return limits;
            }
        }, time);
    }

    private static RateLimitConfig.Limit limit(int requests, Duration period) {
        return new RateLimitConfig.Limit() {
            @Override
            public int requests() {
                return requests;
            }

            @Override
            public Duration period() {
                return period;
            }
        };
    }

    private static final class MovableTime implements TimeMeter {

        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
