package org.letsconnect.matching.round;

import java.util.Objects;

/**
 * One sharer a request could go to, with how good the pair is.
 *
 * @param sharerId the sharer's participant id
 * @param score how good the pair is, 0 to {@link #MAX_SCORE}, higher is better (a suggestion score in [0, 1] is
 *        {@code Math.round(score * MAX_SCORE)}): rounds work in integers so that the optimum is exact
 */
public record SharerOption(String sharerId, int score) {

    public static final int MAX_SCORE = 1000;

    public SharerOption {
        Objects.requireNonNull(sharerId, "sharerId");
        if (score < 0 || score > MAX_SCORE) {
            throw new IllegalArgumentException("score must be 0.." + MAX_SCORE + ", was " + score);
        }
    }
}
