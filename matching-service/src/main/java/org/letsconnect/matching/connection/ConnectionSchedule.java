package org.letsconnect.matching.connection;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Runs the expiry and completion passes every {@code check-every}; a pass that fails is tried again at the next. */
@ApplicationScoped
public class ConnectionSchedule {

    private final ConnectionTimeouts timeouts;

    public ConnectionSchedule(ConnectionTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    @Scheduled(every = "${letsconnect.matching.connections.check-every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        return timeouts.expireDue()
                .invoke(count -> {
                    if (count > 0) {
                        Log.infof("%d connection requests expired unanswered", count);
                    }
                })
                .flatMap(ignored -> timeouts.completeOverdue())
                .invoke(count -> {
                    if (count > 0) {
                        Log.infof("%d connections completed by timeout", count);
                    }
                })
                .onFailure().invoke(failure -> Log.warnf("Connection timeouts postponed: %s", failure.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
