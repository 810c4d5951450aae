package org.letsconnect.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), 2.0, Duration.ofHours(1), 0.5);

    @Test
    void growsExponentiallyUpToTheCap() {
        assertEquals(Duration.ofMinutes(1), backoff.after(1, () -> 0));
        assertEquals(Duration.ofMinutes(2), backoff.after(2, () -> 0));
        assertEquals(Duration.ofMinutes(32), backoff.after(6, () -> 0));
        assertEquals(Duration.ofHours(1), backoff.after(7, () -> 0));
        assertEquals(Duration.ofHours(1), backoff.after(40, () -> 0));
    }

    @Test
    void jitterTakesAtMostItsShareOff() {
        assertEquals(Duration.ofSeconds(90), backoff.after(2, () -> 0.5));
        Duration least = backoff.after(2, () -> 0.999_999);
        assertTrue(least.compareTo(Duration.ofMinutes(1)) >= 0 && least.compareTo(Duration.ofSeconds(61)) < 0,
                least::toString);
    }
}
