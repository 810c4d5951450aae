package org.letsconnect.clinic.space;

import java.time.Instant;
import java.time.LocalDate;

/** A preparation milestone as organizers and sharers see it; {@code overdue} is judged in the space's zone. */
public record MilestoneView(String code, LocalDate dueOn, boolean done, Instant doneAt, boolean overdue) {

    static MilestoneView of(Milestone milestone, LocalDate today) {
        return new MilestoneView(milestone.code, milestone.dueOn, milestone.doneAt != null, milestone.doneAt,
                milestone.doneAt == null && milestone.dueOn.isBefore(today));
    }
}
