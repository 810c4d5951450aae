package org.letsconnect.clinic.feedback;

import java.time.Instant;
import java.util.List;

/**
 * One answer as organizers and sharers read it. An anonymous answer names nobody and carries no time, which
 * could otherwise single its author out.
 */
public record FeedbackItem(String id, int usefulness, String wantMoreOf, List<String> wantMoreOfSkills,
        String comment, boolean anonymous, String participantId, String name, Instant submittedAt) {

    static FeedbackItem of(Feedback feedback, String name) {
        return new FeedbackItem(feedback.id.toString(), feedback.usefulness, feedback.wantMoreOf,
                List.copyOf(feedback.wantMoreOfSkills), feedback.comment, feedback.anonymous,
                feedback.anonymous || feedback.participantId == null ? null : feedback.participantId.toString(),
                feedback.anonymous ? null : name, feedback.anonymous ? null : feedback.submittedAt);
    }
}
