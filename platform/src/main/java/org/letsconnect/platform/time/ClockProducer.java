package org.letsconnect.platform.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock a service reads the time from: inject {@link Clock} instead of calling {@code Instant.now()} or
 * keeping {@code Clock.systemUTC()} in a field, so that a test can move time by supplying its own {@code Clock} bean
 * (any other bean of that type replaces this default one).
 */
@Singleton
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
