package org.letsconnect.clinic.registration;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How long guests' contact data stays on {@code clinic.guests.v1} once their space is over. */
@ConfigMapping(prefix = "letsconnect.clinic.guests")
public interface GuestContactConfig {

    /**
     * After the space's end (or its cancellation) a guest's contact is tombstoned once this has passed: long enough for
     * the follow-up mail and late resources, short enough that the address does not stay on the topic for good.
     */
    Duration contactRetention();

    /** How often to look for contacts to take back ({@code off} disables it; read by the scheduler). */
    String retractEvery();
}
