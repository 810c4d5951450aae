package org.letsconnect.notification.talkpage;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * At most one talk-page edit per {@code min-interval} for the whole service, all replicas together: each edit
 * reserves the next free slot with one atomic UPDATE of a single row (the database's clock decides, so replicas'
 * clocks don't matter) and waits, without blocking, until its slot comes. The statement runs on its own connection
 * outside any transaction of the caller, so the row is locked for microseconds only.
 */
@ApplicationScoped
class EditGate {

    private static final String RESERVE = """
            update talk_page_edit_gate set next_at = greatest(next_at, clock_timestamp()) + make_interval(secs => $1)
             where id = 1
            returning (extract(epoch from (next_at - clock_timestamp())) * 1000)::bigint as until_next_millis""";

    private final Pool pool;
    private final Vertx vertx;
    private final Duration interval;

    EditGate(Pool pool, Vertx vertx, TalkPageConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.interval = config.minInterval();
    }

    /** Completes when this caller's slot has come. */
    Uni<Void> pass() {
        double seconds = interval.toNanos() / 1e9;
        return pool.preparedQuery(RESERVE).execute(Tuple.of(seconds))
                .map(rows -> rows.iterator().next().getLong("until_next_millis"))
                .flatMap(untilNext -> {
                    long wait = untilNext - interval.toMillis();
                    // a Vert.x timer resumes on the caller's context (a Mutiny delay would move to another thread)
                    return wait <= 0 ? Uni.createFrom().voidItem()
                            : Uni.createFrom().emitter(slot -> vertx.setTimer(wait, id -> slot.complete(null)));
                });
    }
}
