package org.letsconnect.clinic.space;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Runs the milestone announcements every {@code announce-every}; a pass that fails is tried again at the next. */
@ApplicationScoped
public class MilestoneSchedule {

    private final MilestoneAnnouncer announcer;

    public MilestoneSchedule(MilestoneAnnouncer announcer) {
        this.announcer = announcer;
    }

    @Scheduled(every = "${letsconnect.clinic.milestones.announce-every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> announce() {
        return announcer.announceDue().invoke(count -> {
            if (count > 0) {
                Log.infof("Announced %d preparation milestones", count);
            }
        }).onFailure().invoke(failure -> Log.warnf("Milestone announcements postponed: %s", failure.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
