package org.letsconnect.clinic.space;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * A space's preparation milestones, counted back from its start in its own zone ({@link MilestoneConfig}). Runs in
 * the caller's session or transaction.
 */
@ApplicationScoped
public class MilestonePlan {

    private final MilestoneConfig milestones;
    private final Clock clock;

    public MilestonePlan(MilestoneConfig milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    /** The space's milestones as they stand today in its zone, soonest first. */
    Uni<List<MilestoneView>> of(Space space) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(space.timeZone)));
        return Milestone.<Milestone> list("spaceId", space.id).map(list -> list.stream()
                .sorted(Comparator.comparing((Milestone m) -> m.dueOn).thenComparing(m -> m.code))
                .map(m -> MilestoneView.of(m, today)).toList());
    }

    /** Plans the milestones of a new space, if its format is prepared with milestones. */
    Uni<Void> plan(Space space) {
        if (!milestones.formats().contains(space.format)) {
            return Uni.createFrom().voidItem();
        }
        List<Milestone> planned = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : milestones.daysBefore().entrySet()) {
            Milestone milestone = new Milestone();
            milestone.id = UUID.randomUUID();
            milestone.spaceId = space.id;
            milestone.code = entry.getKey();
            milestone.dueOn = dueOn(space, entry.getValue());
            planned.add(milestone);
        }
        return Milestone.persist(planned);
    }

    /** Moves the milestones not yet done with the space's new time. */
    Uni<Void> replan(Space space) {
        return Milestone.<Milestone> list("spaceId = ?1 and doneAt is null", space.id).flatMap(open -> {
            for (Milestone milestone : open) {
                Integer days = milestones.daysBefore().get(milestone.code);
                if (days != null) {
                    LocalDate due = dueOn(space, days);
                    if (!due.equals(milestone.dueOn)) {
                        milestone.dueOn = due;
                        // a new due date deserves a new reminder
                        milestone.announcedAt = null;
                        milestone.overdueAnnouncedAt = null;
                    }
                }
            }
            return Uni.createFrom().voidItem();
        });
    }

    static LocalDate dueOn(Space space, int daysBefore) {
        return space.startsAt.atZone(ZoneId.of(space.timeZone)).toLocalDate().minusDays(daysBefore);
    }
}
