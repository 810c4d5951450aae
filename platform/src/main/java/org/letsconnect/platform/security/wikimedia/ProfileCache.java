package org.letsconnect.platform.security.wikimedia;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Verified profiles, keyed by the SHA-256 of the token, each remembered for the configured time to live or until
 * its token expires, whichever comes first; bounded in size. Only successful verifications are kept: a token
 * Meta-Wiki refuses is asked about again next time (an expired one is refused without asking).
 */
final class ProfileCache {

    private record Entry(WikimediaProfile profile, long lifetimeNanos) {
    }

    private final Cache<String, Entry> cache;
    private final Duration ttl;
    private final Supplier<Instant> clock;

    /** The wall clock (for {@code exp}) and the ticker (for expiry); a test moves both together. */
    ProfileCache(Duration ttl, long maxSize, Supplier<Instant> clock, LongSupplier ticker) {
        this.ttl = ttl;
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .maximumSize(Math.max(0, maxSize))
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String key, Entry entry, long currentTime) {
                        return entry.lifetimeNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
                        return entry.lifetimeNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .ticker(ticker::getAsLong)
                // evict on the caller's thread: cheap, and no maintenance task on a shared pool
                .executor(Runnable::run)
                .build();
    }

    /** The remembered profile for a token hash, or null. */
    WikimediaProfile get(String tokenHash) {
        Entry entry = cache.getIfPresent(tokenHash);
        return entry == null ? null : entry.profile();
    }

    /**
     * Remembers a verified profile.
     *
     * @param tokenExpiry the token's own {@code exp}, or null when unknown
     */
    void put(String tokenHash, WikimediaProfile profile, Instant tokenExpiry) {
        Duration lifetime = ttl;
        if (tokenExpiry != null) {
            Duration untilExpiry = Duration.between(clock.get(), tokenExpiry);
            if (untilExpiry.compareTo(lifetime) < 0) {
                lifetime = untilExpiry;
            }
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            return;
        }
        cache.put(tokenHash, new Entry(profile, lifetime.toNanos()));
    }

    /** How many verifications are remembered, after evicting the expired and the surplus. */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    void clear() {
        cache.invalidateAll();
    }
}
