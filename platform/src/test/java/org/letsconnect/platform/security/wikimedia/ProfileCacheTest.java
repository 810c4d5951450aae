package org.letsconnect.platform.security.wikimedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProfileCacheTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    /** One clock for both the wall time (exp) and Caffeine's ticker (expiry). */
    private final AtomicLong elapsedNanos = new AtomicLong();

    private ProfileCache cache(Duration ttl, long maxSize) {
        return new ProfileCache(ttl, maxSize, () -> START.plusNanos(elapsedNanos.get()), elapsedNanos::get);
    }

    private void advance(Duration duration) {
        elapsedNanos.addAndGet(duration.toNanos());
    }

    private static WikimediaProfile profile(String subject) {
        return new WikimediaProfile(subject, "User " + subject, false, "{\"sub\":\"" + subject + "\"}");
    }

    @Test
    void remembersForTheTimeToLiveWhenTheTokenLivesLonger() {
        ProfileCache cache = cache(Duration.ofMinutes(5), 100);
        cache.put("a", profile("1"), START.plus(Duration.ofHours(1)));

        advance(Duration.ofMinutes(4).plusSeconds(59));
        assertNotNull(cache.get("a"));
        advance(Duration.ofSeconds(2));
        assertNull(cache.get("a"), "forgotten after the time to live");
    }

    @Test
    void forgetsWhenTheTokenExpiresBeforeTheTimeToLive() {
        ProfileCache cache = cache(Duration.ofMinutes(5), 100);
        cache.put("a", profile("1"), START.plus(Duration.ofMinutes(2)));

        advance(Duration.ofMinutes(1).plusSeconds(59));
        assertEquals("1", cache.get("a").subject());
        advance(Duration.ofSeconds(2));
        assertNull(cache.get("a"), "forgotten when the token's exp passes");
    }

    @Test
    void usesTheTimeToLiveForATokenWithoutExp() {
        ProfileCache cache = cache(Duration.ofMinutes(5), 100);
        cache.put("a", profile("1"), null);

        advance(Duration.ofMinutes(4));
        assertNotNull(cache.get("a"));
        advance(Duration.ofMinutes(2));
        assertNull(cache.get("a"));
    }

    @Test
    void neverRemembersAnExpiredToken() {
        ProfileCache cache = cache(Duration.ofMinutes(5), 100);
        cache.put("a", profile("1"), START.minusSeconds(1));
        assertNull(cache.get("a"));
        assertEquals(0, cache.size());
    }

    @Test
    void staysWithinItsSize() {
        ProfileCache cache = cache(Duration.ofMinutes(5), 10);
        for (int i = 0; i < 100; i++) {
            cache.put("token-" + i, profile(String.valueOf(i)), null);
        }
        assertTrue(cache.size() <= 10, "at most 10 remembered, was " + cache.size());
    }

    @Test
    void zeroTimeToLiveOrSizeTurnsItOff() {
        ProfileCache noTtl = cache(Duration.ZERO, 100);
        noTtl.put("a", profile("1"), null);
        assertNull(noTtl.get("a"));

        ProfileCache noSize = cache(Duration.ofMinutes(5), 0);
        noSize.put("a", profile("1"), null);
        assertEquals(0, noSize.size());
        assertNull(noSize.get("a"));
    }
}
