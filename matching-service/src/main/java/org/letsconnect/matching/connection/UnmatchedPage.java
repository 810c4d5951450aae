package org.letsconnect.matching.connection;

import java.util.List;

/** One page of unmatched learners, longest waiting first, with the total. */
public record UnmatchedPage(List<UnmatchedLearner> items, int page, int size, long total) {
}
