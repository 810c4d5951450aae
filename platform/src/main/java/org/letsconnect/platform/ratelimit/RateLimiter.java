package org.letsconnect.platform.ratelimit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets (Bucket4j) for the endpoints that need no token, one per limit and key, kept in this replica's
 * memory. Taking a token is a few lock-free steps, so it runs on the event loop.
 */
@ApplicationScoped
public class RateLimiter {

    private final boolean enabled;
    private final Map<String, Limit> limits = new HashMap<>();

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this(config, TimeMeter.SYSTEM_NANOTIME);
    }

    RateLimiter(RateLimitConfig config, TimeMeter time) {
        this.enabled = config.enabled();
        config.limits().forEach((name, limit) -> limits.put(name, new Limit(name, limit, config.maxKeys(), time)));
    }

    /**
     * Counts the request against each bucket in turn and refuses it at the first that is empty, so a client already
     * refused by its own limit does not use up a space's. A refusal names when that bucket has a token again.
     *
     * @throws TooManyRequestsException when a bucket is empty
     * @throws IllegalArgumentException when a limit is not configured (a programming error)
     */
    public void acquire(RateLimitKey... keys) {
        for (RateLimitKey key : keys) {
            Limit limit = limits.get(key.limit());
            if (limit == null) {
                throw new IllegalArgumentException("no rate limit letsconnect.rate-limit.limits." + key.limit()
                        + " is configured");
            }
            if (!enabled) {
                continue;
            }
            ConsumptionProbe probe = limit.bucket(key.key()).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                throw new TooManyRequestsException(Math.max(1,
                        TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L)));
            }
        }
    }

    /** One configured limit: its buckets by key, the least recently used forgotten beyond the maximum. */
    private static final class Limit {

        private final Bandwidth bandwidth;
        private final TimeMeter time;
        private final Cache<String, Bucket> buckets;

        Limit(String name, RateLimitConfig.Limit config, long maxKeys, TimeMeter time) {
            if (config.requests() < 1 || config.period().isNegative() || config.period().isZero()) {
                throw new IllegalArgumentException("letsconnect.rate-limit.limits." + name
                        + " needs at least one request per a positive period");
            }
            this.bandwidth = Bandwidth.builder().capacity(config.requests())
                    .refillGreedy(config.requests(), config.period()).build();
            this.time = time;
            // a bucket untouched for a whole period is full again, so forgetting it then changes nothing
            Duration idle = config.period();
            this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(idle)
                    .ticker(time::currentTimeNanos).build();
        }

        Bucket bucket(String key) {
            return buckets.get(key, ignored -> Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(time)
                    .build());
        }
    }
}
