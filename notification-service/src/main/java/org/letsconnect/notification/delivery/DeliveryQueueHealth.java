package org.letsconnect.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * How far behind the due queue is (how many deliveries are overdue, how long the oldest has waited), for operators.
 * Information only: it is always up, since a backlog (an SMTP outage) is no reason to take the service out of its
 * load balancer; the datasource's own check covers the database.
 */
@Readiness
@ApplicationScoped
public class DeliveryQueueHealth implements AsyncHealthCheck {

    private static final String OVERDUE = "select count(*) as overdue, min(due_at) as oldest from delivery"
            + " where status = 'pending' and due_at <= $1";

    private final Pool pool;
    private final Clock clock;

    public DeliveryQueueHealth(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        Instant now = clock.instant();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("delivery-queue").up();
        return pool.preparedQuery(OVERDUE).execute(Tuple.of(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    response.withData("overdue", row.getLong("overdue"));
                    OffsetDateTime oldest = row.getOffsetDateTime("oldest");
                    if (oldest != null) {
                        response.withData("oldestOverdueSeconds",
                                Duration.between(oldest.toInstant(), now).toSeconds());
                    }
                    return response.build();
                })
                .onFailure().recoverWithItem(failure -> response.withData("overdue", "unknown").build());
    }
}
