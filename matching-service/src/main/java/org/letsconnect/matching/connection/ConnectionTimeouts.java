package org.letsconnect.matching.connection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.matching.ConnectionStates;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * What happens to connections when time passes: requests left unanswered expire (the learner is offered the next
 * candidate, the sharer's expiries are counted and, past the threshold, they are set away), and a connection one side
 * confirmed completes once the other let the completion timeout pass. The rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several replicas share the work and none does a row twice; each row's change and
 * event commit together. {@link ConnectionSchedule} runs the passes.
 */
@ApplicationScoped
public class ConnectionTimeouts {

    static final int BATCH = 200;

    private static final String DUE = """
            select * from connection where state in ('requested', 'proposed') and expires_at <= :now
            order by expires_at, id limit :batch for update skip locked""";
    private static final String OVERDUE = """
            select * from connection where state in ('accepted', 'scheduled') and completion_confirmed_at <= :cutoff
            order by completion_confirmed_at, id limit :batch for update skip locked""";

    private final ConnectionService connections;
    private final SharerLedger sharers;
    private final NextCandidate nextCandidate;
    private final ConnectionEvents events;
    private final ConnectionConfig config;
    private final Clock clock;

    public ConnectionTimeouts(ConnectionService connections, SharerLedger sharers, NextCandidate nextCandidate,
            ConnectionEvents events, ConnectionConfig config, Clock clock) {
        this.connections = connections;
        this.sharers = sharers;
        this.nextCandidate = nextCandidate;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** One pass over at most {@value #BATCH} requests past their expiry; how many expired. */
    @WithTransaction
    public Uni<Integer> expireDue() {
        Instant now = clock.instant();
        return claim(DUE, "now", now).flatMap(due -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Connection connection : due) {
                chain = chain.call(() -> expire(connection, now));
            }
            return chain.replaceWith(due.size());
        });
    }

    private Uni<Void> expire(Connection connection, Instant now) {
        connection.state = ConnectionStates.EXPIRED;
        connection.updatedAt = now;
        return sharers.expired(connection.sharerId, config.awayAfterExpiries(), now)
                .flatMap(ignored -> nextCandidate.forLearner(connection.learnerId, connection.skill))
                .flatMap(next -> events.expired(connection, next.orElse(null), now));
    }

    /** One pass over at most {@value #BATCH} connections confirmed by one side past the timeout; how many completed. */
    @WithTransaction
    public Uni<Integer> completeOverdue() {
        Instant now = clock.instant();
        return claim(OVERDUE, "cutoff", now.minus(config.completionTimeout())).flatMap(overdue -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Connection connection : overdue) {
                chain = chain.call(() -> connections.completed(connection, now));
            }
            return chain.replaceWith(overdue.size());
        });
    }

    private static Uni<List<Connection>> claim(String sql, String parameter, Instant value) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(sql, Connection.class)
                .setParameter(parameter, value).setParameter("batch", BATCH).getResultList());
    }
}
