package org.letsconnect.notification.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to try again after a temporary failure: exponential in the attempts made, capped, with jitter taking a random
 * share off so that deliveries that failed together (an SMTP outage) do not all come back at once.
 */
public record Backoff(Duration initial, double factor, Duration max, double jitter) {

    public static Backoff of(DeliveryConfig.Backoff config) {
        return new Backoff(config.initial(), config.factor(), config.max(), config.jitter());
    }

    /**
     * The wait before the next try after {@code attempts} failed attempts, with random jitter, but never shorter than
     * what the channel asked for ({@code retryAfter}, e.g. Telegram's {@code retry_after}; null when it asked nothing).
     */
    public Duration retryWait(int attempts, Duration retryAfter) {
        Duration wait = after(attempts, () -> ThreadLocalRandom.current().nextDouble());
        return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
    }

    /**
     * The wait after {@code attempts} failed attempts (1 for the first).
     *
     * @param random a value in [0, 1)
     */
    public Duration after(int attempts, DoubleSupplier random) {
        double millis = initial.toMillis() * Math.pow(factor, Math.max(0, attempts - 1));
        double capped = Math.min(millis, max.toMillis());
        double jittered = capped * (1 - Math.min(1, Math.max(0, jitter)) * random.getAsDouble());
        return Duration.ofMillis(Math.max(1, Math.round(jittered)));
    }
}
