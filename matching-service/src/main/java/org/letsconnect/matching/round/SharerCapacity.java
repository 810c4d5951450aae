package org.letsconnect.matching.round;

import java.util.Objects;

/**
 * A sharer and how many more connections they can take in this round.
 *
 * @param sharerId the sharer's participant id
 * @param free free places: their declared capacity less the connections they already have, never negative
 */
public record SharerCapacity(String sharerId, int free) {

    public SharerCapacity {
        Objects.requireNonNull(sharerId, "sharerId");
        if (free < 0) {
            throw new IllegalArgumentException("free capacity of " + sharerId + " is negative: " + free);
        }
    }
}
