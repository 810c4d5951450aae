package org.letsconnect.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The discipline of a queue in PostgreSQL that workers on any number of replicas take from: a pass claims a batch
 * of due rows in one short statement ({@code FOR UPDATE SKIP LOCKED}, a lease, the attempt counted), then works each
 * claimed row side by side on a Vert.x context of its own. The delivery worker and the digest worker share it; each
 * brings its claim statement and what to do with a row.
 */
@ApplicationScoped
public class LeasedQueue {

    private final Pool pool;
    private final VertxInternal vertx;
    private final DeliveryConfig config;
    private final Clock clock;

    public LeasedQueue(Pool pool, Vertx vertx, DeliveryConfig config, Clock clock) {
        this.pool = pool;
        this.vertx = (VertxInternal) vertx;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Claims one batch with {@code claimSql}, whose parameters are {@code $1} now, {@code $2} the batch size and
     * {@code $3} the end of the lease, and works each claimed row; answers how many were claimed. {@code work} must
     * not fail: a row whose outcome it could not record stays leased and comes back when the lease ends.
     */
    public <C> Uni<Integer> pass(String claimSql, Function<Row, C> claimOf, Function<C, Uni<Void>> work) {
        Instant now = clock.instant();
        // microseconds, as PostgreSQL keeps them
        Instant leaseUntil = now.plus(config.lease()).truncatedTo(ChronoUnit.MICROS);
        return pool.preparedQuery(claimSql).execute(Tuple.of(utc(now), config.batchSize(), utc(leaseUntil)))
                .flatMap(rows -> {
                    List<C> claims = new ArrayList<>();
                    for (Row row : rows) {
                        claims.add(claimOf.apply(row));
                    }
                    if (claims.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return Multi.createFrom().iterable(claims)
                            .onItem().transformToUniAndMerge(claim -> onOwnContext(() -> work.apply(claim)))
                            .collect().asList()
                            .replaceWith(claims.size());
                });
    }

    /**
     * Passes one after another while they come back full: a full batch means more are due, so a backlog (10,000
     * reminders due at once) drains as fast as the channels take it, not at one batch per interval. Never fails.
     */
    public Uni<Void> drain(Supplier<Uni<Integer>> pass, String what) {
        return Uni.createFrom().deferred(pass::get)
                .repeat().whilst(claimed -> claimed >= config.batchSize())
                .collect().last()
                .onFailure().invoke(failure -> Log.warnf(failure, "%s pass failed; the next one tries again", what))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * Where a row's work goes back to after waiting on a channel (an SMTP or HTTP client answers on its own thread),
     * so the outcome is recorded on the row's context and session.
     */
    public static Executor currentContext() {
        Context context = Vertx.currentContext();
        return command -> context.runOnContext(ignored -> command.run());
    }

    /**
     * Runs {@code work} on a new duplicated Vert.x context of its own: each row gets its own Hibernate Reactive
     * session, so a batch is worked side by side, whatever thread the pass was called on. The contexts take the event
     * loops in turn: on the pass's own loop alone, rendering and sending a whole batch shared one core (the bench
     * module's profile of 10,000 reminders).
     */
    private <T> Uni<T> onOwnContext(Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.createEventLoopContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        Executor executor = command -> context.runOnContext(ignored -> command.run());
        return Uni.createFrom().<T> deferred(work::get).runSubscriptionOn(executor);
    }

    /** A timestamp parameter as PostgreSQL's {@code timestamptz} takes it. */
    public static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
