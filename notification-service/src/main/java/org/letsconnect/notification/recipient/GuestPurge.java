package org.letsconnect.notification.recipient;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Deletes guests' contact data once their tombstone's grace has passed. */
@ApplicationScoped
public class GuestPurge {

    private final Recipients recipients;
    private final Clock clock;

    public GuestPurge(Recipients recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    @Scheduled(every = "${letsconnect.notification.guests.purge-every:5m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithTransaction
    Uni<Void> purge() {
        return recipients.purgeForgottenGuests(clock.instant())
                .invoke(purged -> {
                    if (purged > 0) {
                        Log.infof("Purged the contact data of %d guests after their tombstone", purged);
                    }
                })
                .onFailure().invoke(failure -> Log.warn("Guest purge failed; the next pass tries again", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
