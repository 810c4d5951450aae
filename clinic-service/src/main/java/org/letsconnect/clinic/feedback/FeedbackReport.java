package org.letsconnect.clinic.feedback;

import java.util.List;

/** A space's feedback: the statistics of every answer, and one page of the answers themselves. */
public record FeedbackReport(String spaceId, FeedbackStatistics statistics, List<FeedbackItem> items, int page,
        int size, long total) {
}
