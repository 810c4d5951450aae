package org.letsconnect.matching.round;

import java.time.Instant;

/** A committed round as it was run: when, by which organizer (central user id), and its figures. */
public record RoundSummary(String roundId, Instant createdAt, String createdBy, int requests, int assignments,
        int unmatched, long totalScore) {
}
