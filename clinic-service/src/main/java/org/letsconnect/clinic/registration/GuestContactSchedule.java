package org.letsconnect.clinic.registration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Runs the guest-contact retention every {@code retract-every}; a pass that fails is tried again at the next. */
@ApplicationScoped
public class GuestContactSchedule {

    private final GuestContactRetention retention;

    public GuestContactSchedule(GuestContactRetention retention) {
        this.retention = retention;
    }

    @Scheduled(every = "${letsconnect.clinic.guests.retract-every}", delayed = "45s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> retract() {
        return retention.retractEnded().invoke(count -> {
            if (count > 0) {
                Log.infof("Took %d guests' contact data back from the guest topic", count);
            }
        }).onFailure().invoke(failure -> Log.warnf("Guest contact retention postponed: %s", failure.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
