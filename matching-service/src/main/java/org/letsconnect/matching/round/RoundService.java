package org.letsconnect.matching.round;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.matching.ConnectionStates;
import org.letsconnect.contracts.matching.RoundCompleted;
import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.matching.connection.ConnectionService;
import org.letsconnect.matching.connection.Proposal;
import org.letsconnect.matching.connection.SharerLoads;
import org.letsconnect.matching.suggestion.SuggestionService;
import org.letsconnect.platform.outbox.OutboxWriter;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;
import org.letsconnect.platform.work.OffEventLoop;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A batch round over every open request (a learner asked for a skill without choosing a sharer): each request's
 * candidates and scores come from the suggestions (every hard filter applied), each sharer offers the places not yet
 * taken or promised, and {@link RoundSolver} finds the assignment serving the most requests with the highest total
 * score. A preview changes nothing; a commit proposes every assignment to its sharer in one transaction and announces
 * {@code round.completed.v1}. Two commits at once are run one after the other (a transaction-scoped advisory lock),
 * so no request is proposed twice.
 */
@ApplicationScoped
public class RoundService {

    /** The best suggestions of a request that the round considers: enough choice, a graph that stays small. */
    static final int CANDIDATES_PER_REQUEST = 25;
    private static final long ROUND_LOCK = 0x6c63_726f_756e_64L; // "lcround"

    private static final String OPEN_REQUESTS = """
            select cast(id as text), cast(learner_id as text), skill, requested_at from connection
            where state = :open and sharer_id is null order by requested_at, id""";
    private static final String SAVE_ROUND = """
            insert into round (id, created_by, created_at, requests, assignments, unmatched, total_score)
            values (:id, :by, :at, :requests, :assignments, :unmatched, :score)""";

    private static final String ROUND = """
            select created_at, created_by, requests, assignments, unmatched, total_score from round where id = :id""";

    private final CandidateIndex index;
    private final SuggestionService suggestions;
    private final RoundSolver solver;
    private final ConnectionService connections;
    private final SharerLoads sharerLoads;
    private final OutboxWriter outbox;
    private final Clock clock;

    public RoundService(CandidateIndex index, SuggestionService suggestions, RoundSolver solver,
            ConnectionService connections, SharerLoads sharerLoads, OutboxWriter outbox, Clock clock) {
        this.sharerLoads = sharerLoads;
        this.index = index;
        this.suggestions = suggestions;
        this.solver = solver;
        this.connections = connections;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a round would do now; nothing changes. */
    @WithSession
    public Uni<RoundView> preview() {
        Instant at = clock.instant();
        return plan().map(planned -> view(null, false, at, planned));
    }

    /** Runs the round: proposes every assignment and announces the round, all or nothing. */
    @WithTransaction
    public Uni<RoundView> commit(Caller caller) {
        Instant at = clock.instant();
        UUID roundId = UUID.randomUUID();
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select pg_advisory_xact_lock(:key)")
                        .setParameter("key", ROUND_LOCK).getSingleResult())
                .flatMap(locked -> plan())
                .call(planned -> connections.proposeAll(proposals(planned.result()), roundId))
                .call(planned -> Panache.getSession().flatMap(session -> session.createNativeQuery(SAVE_ROUND)
                        .setParameter("id", roundId)
                        .setParameter("by", caller.subject())
                        .setParameter("at", at.atOffset(ZoneOffset.UTC))
                        .setParameter("requests", planned.requests())
                        .setParameter("assignments", planned.result().assignments().size())
                        .setParameter("unmatched", planned.result().unmatched().size())
                        .setParameter("score", planned.result().totalScore())
                        .executeUpdate()))
                .call(planned -> outbox.append(EventType.ROUND_COMPLETED, new RoundCompleted(roundId.toString(),
                        planned.result().assignments().size(), planned.result().unmatched().size(), at)))
                .map(planned -> view(roundId.toString(), true, at, planned));
    }

    /** A committed round's figures; 404 when there is none with the id. */
    @WithSession
    public Uni<RoundSummary> summary(UUID roundId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(ROUND, Object[].class)
                .setParameter("id", roundId).getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.notFound("matching-error-round-not-found", roundId.toString());
                    }
                    Object[] r = rows.get(0);
                    return new RoundSummary(roundId.toString(), instant(r[0]), (String) r[1], ((Number) r[2]).intValue(),
                            ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).longValue());
                });
    }

    /** A round's input and its solution. */
    record Planned(int requests, RoundResult result) {
    }

    private Uni<Planned> plan() {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(OPEN_REQUESTS, Object[].class)
                .setParameter("open", ConnectionStates.OPEN).getResultList()
                .flatMap(rows -> sharerLoads.all()
                        .flatMap(loads -> requests(rows, 0, new ArrayList<>())
                                .map(requests -> new RoundInput(requests, capacities(requests, loads))))))
                .flatMap(input -> OffEventLoop.compute(() -> new Planned(input.requests().size(),
                        solver.solve(input))));
    }

    /** Each open request with its candidates, one after the other (one session runs one statement at a time). */
    private Uni<List<OpenRequest>> requests(List<Object[]> rows, int next, List<OpenRequest> done) {
        if (next == rows.size()) {
            return Uni.createFrom().item(done);
        }
        Object[] row = rows.get(next);
        String id = (String) row[0];
        String learnerId = (String) row[1];
        String skill = (String) row[2];
        Instant requestedAt = instant(row[3]);
        Optional<Candidate> learner = index.byId(learnerId);
        Uni<List<SharerOption>> options = learner.isEmpty() ? Uni.createFrom().item(List.of())
                : suggestions.suggest(learner.get(), skill, CANDIDATES_PER_REQUEST).map(found -> found.stream()
                        .map(s -> new SharerOption(s.sharer().participantId(), s.score())).toList());
        return options.flatMap(found -> {
            done.add(new OpenRequest(id, learnerId, skill, requestedAt, found));
            return requests(rows, next + 1, done);
        });
    }

    /** The places each candidate sharer still has: capacity less the connections going on or promised. */
    private List<SharerCapacity> capacities(List<OpenRequest> requests, Map<String, SharerLoads.Load> loads) {
        Set<String> sharers = new LinkedHashSet<>();
        requests.forEach(request -> request.options().forEach(option -> sharers.add(option.sharerId())));
        List<SharerCapacity> capacities = new ArrayList<>();
        for (String sharerId : sharers) {
            int capacity = index.byId(sharerId).filter(Candidate::sharesConnections).map(Candidate::maxConnections)
                    .orElse(0);
            SharerLoads.Load load = loads.get(sharerId);
            long taken = load == null ? 0 : load.active() + load.pending();
            capacities.add(new SharerCapacity(sharerId, (int) Math.max(0, capacity - taken)));
        }
        return capacities;
    }

    private static List<Proposal> proposals(RoundResult result) {
        return result.assignments().stream().map(a -> new Proposal(UUID.fromString(a.requestId()),
                UUID.fromString(a.learnerId()), UUID.fromString(a.sharerId()), a.skill())).toList();
    }

    private RoundView view(String roundId, boolean committed, Instant at, Planned planned) {
        List<RoundView.AssignmentView> assignments = planned.result().assignments().stream()
                .map(a -> new RoundView.AssignmentView(a.requestId(), a.learnerId(), username(a.learnerId()),
                        a.sharerId(), username(a.sharerId()), a.skill(), a.score()))
                .toList();
        List<RoundView.UnmatchedView> unmatched = planned.result().unmatched().stream()
                .map(r -> new RoundView.UnmatchedView(r.requestId(), r.learnerId(), username(r.learnerId()), r.skill(),
                        r.requestedAt()))
                .toList();
        return new RoundView(roundId, committed, at, planned.requests(), assignments, unmatched,
                planned.result().totalScore());
    }

    private String username(String participantId) {
        return index.byId(participantId).map(Candidate::username).orElse(null);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return ((java.time.LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
