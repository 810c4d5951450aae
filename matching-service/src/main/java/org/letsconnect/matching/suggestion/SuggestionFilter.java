package org.letsconnect.matching.suggestion;

import java.time.Instant;
import java.util.Set;

import org.letsconnect.matching.candidate.Candidate;

/**
 * The hard filters, all in one place: who is never suggested to a learner, whatever their score.
 *
 * <p>
 * From the index ({@link #admits(Candidate, Candidate)}): the sharer takes 1:1 connections at all
 * ({@link Candidate#sharesConnections()}), is not the learner, and speaks a language the learner speaks when both list
 * languages (a 1:1 conversation needs one; decided here rather than listing such sharers last, so that no suggestion is
 * one the learner cannot use). Erased people are not in the index, so they never come up.
 *
 * <p>
 * From matching's tables ({@link #admits(Candidate, SharerStanding, Set, Instant)}): a free place (active connections
 * below {@code maxConnections}), not paused, not away, and nothing between the two that rules a new request out: no open
 * connection either way (requested, proposed, accepted, scheduled) and no decline of this learner by this sharer within
 * {@code letsconnect.matching.connections.decline-cooldown} (those come as the learner's {@code excluded} set).
 */
public final class SuggestionFilter {

    private SuggestionFilter() {
    }

    /** What the index alone rules out. */
    public static boolean admits(Candidate learner, Candidate sharer) {
        return sharer.sharesConnections()
                && !sharer.participantId().equals(learner.participantId())
                && (sharer.subject() == null || !sharer.subject().equals(learner.subject()))
                && !LanguageMatch.noneInCommon(learner.languages(), sharer.languages());
    }

    /** What matching's tables rule out, for a sharer the index admitted. */
    public static boolean admits(Candidate sharer, SharerStanding standing, Set<String> excluded, Instant now) {
        return !excluded.contains(sharer.participantId())
                && standing.activeConnections() < sharer.maxConnections()
                && (standing.pausedUntil() == null || !standing.pausedUntil().isAfter(now))
                && standing.awaySince() == null;
    }
}
