package org.letsconnect.contracts.clinic;

import java.time.LocalDate;

/**
 * {@code milestone.due.v1}: a preparation milestone is due (or overdue) and not ticked off.
 *
 * @param milestone {@code brainstorm-call}, {@code learning-outcomes}, {@code content-review}, {@code dry-run}
 * @param dueOn the due date in the space's time zone
 * @param overdue true when the due date has passed
 */
public record MilestoneDue(String spaceId, String milestone, LocalDate dueOn, boolean overdue) {

    public static final String BRAINSTORM_CALL = "brainstorm-call";
    public static final String LEARNING_OUTCOMES = "learning-outcomes";
    public static final String CONTENT_REVIEW = "content-review";
    public static final String DRY_RUN = "dry-run";
}
