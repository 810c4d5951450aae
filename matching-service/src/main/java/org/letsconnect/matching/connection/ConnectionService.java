package org.letsconnect.matching.connection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.letsconnect.contracts.matching.ConnectionCancelled;
import org.letsconnect.contracts.matching.ConnectionProposed;
import org.letsconnect.contracts.matching.ConnectionStates;
import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.matching.space.ClinicSpaces;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * The lifecycle of 1:1 connections: requests (to a sharer, or open for a round or an organizer), proposals, the
 * sharer's answer, scheduling, completion and feedback, cancellation. Every change checks the state it starts from
 * and is announced through the outbox in its own transaction. Accepting locks the sharer's row first, so the
 * sharer's places are counted one accept at a time.
 */
@ApplicationScoped
public class ConnectionService {

    static final String MATCHED_ELSEWHERE = "matched-elsewhere";

    private final CandidateIndex index;
    private final SharerLedger sharers;
    private final NextCandidate nextCandidate;
    private final ClinicSpaces spaces;
    private final ConnectionEvents events;
    private final ConnectionConfig config;
    private final Clock clock;

    public ConnectionService(CandidateIndex index, SharerLedger sharers, NextCandidate nextCandidate,
            ConnectionEvents events, ConnectionConfig config, ClinicSpaces spaces, Clock clock) {
        this.index = index;
        this.spaces = spaces;
        this.sharers = sharers;
        this.nextCandidate = nextCandidate;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    // requests and proposals ------------------------------------------------------------------------------------

    /**
     * A learner asks a sharer for a skill ({@code requested}, expiring after the configured time), or asks for the
     * skill alone ({@code open}, waiting for a round or an organizer).
     */
    @WithTransaction
    public Uni<ConnectionView> request(Caller caller, ConnectionRequest body) {
        Viewer viewer = viewer(caller);
        UUID learnerId = requireProfile(viewer);
        ConnectionRequest request = body == null ? new ConnectionRequest(null, null, null, null) : body;
        List<InvalidField> invalid = new ArrayList<>();
        ConnectionChecks.skill(invalid, "skill", request.skill());
        ConnectionChecks.text(invalid, "message", request.message());
        if (request.sharerId() != null) {
            sharerFit(invalid, learnerId, request.sharerId(), request.skill());
        } else if (request.spaceId() != null) {
            invalid.add(new InvalidField("sharerId", "matching-connection-follow-up-needs-sharer"));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        Instant now = clock.instant();
        return requireFewerWaiting(learnerId)
                .call(() -> requireNoDuplicate(learnerId, request.sharerId(), request.skill()))
                .call(() -> request.sharerId() == null ? Uni.createFrom().voidItem()
                        : requireTakesRequests(learnerId, request.sharerId(), request.skill(), now))
                .call(() -> request.spaceId() == null ? Uni.createFrom().voidItem()
                        : requireFollowUp(request.spaceId(), learnerId, request.sharerId()))
                .flatMap(ignored -> {
                    Connection connection = newConnection(learnerId, request.sharerId(), request.skill(), now);
                    connection.origin = request.spaceId() == null ? Connection.ORIGIN_REQUEST
                            : Connection.ORIGIN_FOLLOW_UP;
                    connection.spaceId = request.spaceId();
                    connection.message = blankToNull(request.message());
                    if (request.sharerId() == null) {
                        connection.state = ConnectionStates.OPEN;
                        return connection.persist().call(() -> events.opened(connection))
                                .map(saved -> view(viewer, connection, List.of()));
                    }
                    connection.state = ConnectionStates.REQUESTED;
                    connection.expiresAt = now.plus(config.expiry());
                    return connection.persist().call(() -> sharers.received(connection.sharerId))
                            .call(() -> events.requested(connection))
                            .map(saved -> view(viewer, connection, List.of()));
                });
    }

    /** An organizer proposes a sharer to a learner for a skill, answering the learner's open request if any. */
    @WithTransaction
    public Uni<ConnectionView> propose(Caller caller, ProposalRequest body) {
        requireOrganizer(caller);
        ProposalRequest request = body == null ? new ProposalRequest(null, null, null) : body;
        List<InvalidField> invalid = new ArrayList<>();
        if (request.learnerId() == null) {
            invalid.add(new InvalidField("learnerId", "platform-field-required"));
        } else if (index.byId(request.learnerId().toString()).isEmpty()) {
            invalid.add(new InvalidField("learnerId", "matching-connection-unknown-learner",
                    request.learnerId().toString()));
        }
        if (request.sharerId() == null) {
            invalid.add(new InvalidField("sharerId", "platform-field-required"));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return proposeOne(caller, new Proposal(null, request.learnerId(), request.sharerId(), request.skill()));
    }

    /**
     * An organizer's proposal of one connection (a match, or two affiliates' liaisons whose membership the caller
     * checked), announced as the organizer's.
     */
    @WithTransaction
    public Uni<ConnectionView> proposeOne(Caller caller, Proposal proposal) {
        requireOrganizer(caller);
        Viewer viewer = viewer(caller);
        return proposeAll(List.of(proposal), null).map(proposed -> view(viewer, proposed.get(0), List.of()));
    }

    /**
     * Proposes each match ({@code proposed}, answered by the sharer like a request) in one transaction — the caller's,
     * when one is open (a round's commit), else its own. A proposal naming an open request (or, without one, a learner
     * whose oldest open request is for the skill) turns that request into the proposal; otherwise a new connection is
     * proposed. Announced as {@code connection.proposed.v1} with the round id, or as the organizer's when
     * {@code roundId} is null. Any proposal that does not fit (unknown people, a sharer who does not share the skill,
     * a duplicate, an open request no longer open) fails them all.
     *
     * @return the proposed connections, in the order of the proposals
     */
    @WithTransaction
    public Uni<List<Connection>> proposeAll(List<Proposal> proposals, UUID roundId) {
        Instant now = clock.instant();
        Uni<List<Connection>> chain = Uni.createFrom().item(new ArrayList<>());
        for (Proposal proposal : proposals) {
            chain = chain.call(done -> proposeOne(proposal, roundId, now).invoke(done::add));
        }
        return chain;
    }

    private Uni<Connection> proposeOne(Proposal proposal, UUID roundId, Instant now) {
        List<InvalidField> invalid = new ArrayList<>();
        ConnectionChecks.skill(invalid, "skill", proposal.skill());
        if (proposal.affiliates() != null) {
            ConnectionChecks.text(invalid, "message", proposal.affiliates().message());
        }
        if (invalid.isEmpty()) {
            // an affiliate's liaison answers for members who share the skill, and need not share it personally
            sharerFit(invalid, proposal.learnerId(), proposal.sharerId(),
                    proposal.affiliates() == null ? proposal.skill() : null);
        }
        if (!invalid.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalidFields(invalid));
        }
        Uni<Optional<Connection>> answered = proposal.affiliates() == null ? openRequest(proposal)
                : Uni.createFrom().item(Optional.empty());
        return answered
                .call(open -> requireNoDuplicate(proposal.learnerId(), proposal.sharerId(), proposal.skill()))
                .flatMap(open -> {
                    Connection connection = open.orElseGet(() -> {
                        Connection created = newConnection(proposal.learnerId(), null, proposal.skill(), now);
                        created.origin = roundId == null ? Connection.ORIGIN_ORGANIZER : Connection.ORIGIN_ROUND;
                        return created;
                    });
                    if (proposal.affiliates() != null) {
                        connection.origin = Connection.ORIGIN_AFFILIATE;
                        connection.learnerAffiliate = proposal.affiliates().learner();
                        connection.sharerAffiliate = proposal.affiliates().sharer();
                        connection.learnerLiaison = proposal.learnerId();
                        connection.sharerLiaison = proposal.sharerId();
                        connection.message = blankToNull(proposal.affiliates().message());
                    }
                    connection.sharerId = proposal.sharerId();
                    connection.state = ConnectionStates.PROPOSED;
                    connection.roundId = roundId;
                    connection.proposedBy = roundId == null ? ConnectionProposed.BY_ORGANIZER
                            : ConnectionProposed.BY_ROUND;
                    connection.expiresAt = now.plus(config.expiry());
                    connection.updatedAt = now;
                    return (open.isPresent() ? Uni.createFrom().item(connection) : connection.<Connection> persist())
                            .call(() -> sharers.received(connection.sharerId))
                            .call(() -> events.proposed(connection, now))
                            .replaceWith(connection);
                });
    }

    /** The open request a proposal answers, locked: the one it names, else the learner's oldest for the skill. */
    private static Uni<Optional<Connection>> openRequest(Proposal proposal) {
        if (proposal.openConnectionId() == null) {
            return Connection.<Connection> find("learnerId = ?1 and skill = ?2 and state = ?3 order by requestedAt, id",
                    proposal.learnerId(), proposal.skill(), ConnectionStates.OPEN)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult().map(Optional::ofNullable);
        }
        return Connection.<Connection> findById(proposal.openConnectionId(), LockModeType.PESSIMISTIC_WRITE)
                .map(open -> {
                    if (open == null || !open.learnerId.equals(proposal.learnerId())
                            || !open.skill.equals(proposal.skill())) {
                        throw ConnectionAccess.notFound(proposal.openConnectionId());
                    }
                    requireState(open, List.of(ConnectionStates.OPEN));
                    return Optional.of(open);
                });
    }

    // the sharer's answer ---------------------------------------------------------------------------------------

    /**
     * The sharer accepts, if they have a free place: their row is locked and their accepted and scheduled connections
     * counted against the capacity of their profile before anything changes. The learner's other waiting requests
     * for the skill are cancelled (by the system) in the same transaction.
     */
    @WithTransaction
    public Uni<ConnectionView> accept(Caller caller, UUID id, AnswerRequest body) {
        Viewer viewer = viewer(caller);
        AnswerRequest answer = body == null ? AnswerRequest.NONE : body;
        Instant now = clock.instant();
        Instant pauseUntil = pauseUntil(answer, now, new ArrayList<>());
        return lockLearnersWaiting(id).flatMap(ignored -> locked(viewer, id))
                .invoke(connection -> requireAddressedSharer(viewer, connection))
                .invoke(connection -> requireState(connection, Connection.ANSWERABLE))
                .call(connection -> sharers.lock(connection.sharerId)
                        .flatMap(sharer -> activeCount(connection.sharerId).invoke(active -> {
                            int capacity = index.byId(connection.sharerText()).map(Candidate::maxConnections)
                                    .orElse(0);
                            if (active >= capacity) {
                                throw ProblemException.conflict("capacity-reached",
                                        "matching-connection-capacity-reached", active);
                            }
                            SharerLedger.answered(sharer, now, pauseUntil);
                        })))
                .call(connection -> {
                    connection.state = ConnectionStates.ACCEPTED;
                    connection.answeredAt = now;
                    connection.updatedAt = now;
                    return events.accepted(connection);
                })
                .call(connection -> cancelOtherRequests(connection, now))
                .flatMap(connection -> viewWithFeedback(viewer, connection));
    }

    /** The sharer declines, with a reason code; the learner is offered the next candidate for the skill. */
    @WithTransaction
    public Uni<ConnectionView> decline(Caller caller, UUID id, AnswerRequest body) {
        Viewer viewer = viewer(caller);
        AnswerRequest answer = body == null ? AnswerRequest.NONE : body;
        Instant now = clock.instant();
        List<InvalidField> invalid = new ArrayList<>();
        ConnectionChecks.code(invalid, "reason", answer.reason(), ConnectionChecks.DECLINE_REASONS);
        Instant pauseUntil = pauseUntil(answer, now, invalid);
        return locked(viewer, id)
                .invoke(connection -> requireAddressedSharer(viewer, connection))
                .invoke(connection -> requireState(connection, Connection.ANSWERABLE))
                .call(connection -> sharers.lock(connection.sharerId)
                        .invoke(sharer -> SharerLedger.answered(sharer, now, pauseUntil)))
                .call(connection -> {
                    connection.state = ConnectionStates.DECLINED;
                    connection.declineReason = answer.reason();
                    connection.answeredAt = now;
                    connection.updatedAt = now;
                    return nextCandidate.forLearner(connection.learnerId, connection.skill)
                            .flatMap(next -> events.declined(connection, next.orElse(null)));
                })
                .flatMap(connection -> viewWithFeedback(viewer, connection));
    }

    // after the answer ------------------------------------------------------------------------------------------

    /** Either side sets (or moves) the meeting time: an instant in the future and the zone it was agreed in. */
    @WithTransaction
    public Uni<ConnectionView> schedule(Caller caller, UUID id, ScheduleRequest body) {
        Viewer viewer = viewer(caller);
        ScheduleRequest request = body == null ? new ScheduleRequest(null, null) : body;
        Instant now = clock.instant();
        List<InvalidField> invalid = new ArrayList<>();
        if (request.at() == null) {
            invalid.add(new InvalidField("at", "platform-field-required"));
        }
        ConnectionChecks.future(invalid, "at", request.at(), now);
        ConnectionChecks.timeZone(invalid, "timeZone", request.timeZone());
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return locked(viewer, id)
                .invoke(connection -> requireSide(viewer, connection))
                .invoke(connection -> requireState(connection, Connection.ACTIVE))
                .call(connection -> {
                    connection.state = ConnectionStates.SCHEDULED;
                    connection.scheduledAt = request.at();
                    connection.scheduleZone = request.timeZone();
                    connection.updatedAt = now;
                    return events.scheduled(connection, now);
                })
                .flatMap(connection -> viewWithFeedback(viewer, connection));
    }

    /**
     * One side confirms that the connection took place. It completes when the other side confirms too, or by itself
     * after the completion timeout ({@link ConnectionTimeouts}); confirming twice changes nothing.
     */
    @WithTransaction
    public Uni<ConnectionView> complete(Caller caller, UUID id) {
        Viewer viewer = viewer(caller);
        Instant now = clock.instant();
        return locked(viewer, id)
                .invoke(connection -> requireSide(viewer, connection))
                .invoke(connection -> requireState(connection, Connection.ACTIVE))
                .call(connection -> {
                    String side = connection.sideOf(viewer.participantId());
                    if (connection.completionConfirmedBy == null) {
                        connection.completionConfirmedBy = side;
                        connection.completionConfirmedAt = now;
                        connection.updatedAt = now;
                        return Uni.createFrom().voidItem();
                    }
                    return side.equals(connection.completionConfirmedBy) ? Uni.createFrom().voidItem()
                            : completed(connection, now);
                })
                .flatMap(connection -> viewWithFeedback(viewer, connection));
    }

    /** Completes the connection now and announces it; in the caller's transaction. */
    Uni<Void> completed(Connection connection, Instant now) {
        connection.state = ConnectionStates.COMPLETED;
        connection.completedAt = now;
        connection.updatedAt = now;
        return events.completed(connection);
    }

    /** Either side, or an organizer, calls the connection off before it took place. */
    @WithTransaction
    public Uni<ConnectionView> cancel(Caller caller, UUID id, CancelRequest body) {
        Viewer viewer = viewer(caller);
        CancelRequest request = body == null ? CancelRequest.NONE : body;
        List<InvalidField> invalid = new ArrayList<>();
        ConnectionChecks.code(invalid, "reason", request.reason(), ConnectionChecks.CANCEL_REASONS);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        Instant now = clock.instant();
        return locked(viewer, id)
                .invoke(connection -> requireState(connection, Connection.LIVE))
                .call(connection -> {
                    String side = connection.sideOf(viewer.participantId());
                    if (side == null && !viewer.isOrganizer()) {
                        throw ProblemException.forbidden("matching-connection-sides-only");
                    }
                    return cancelled(connection, side != null ? side : ConnectionCancelled.BY_ORGANIZER,
                            request.reason(), now);
                })
                .flatMap(connection -> viewWithFeedback(viewer, connection));
    }

    /** Each side says once whether a completed connection helped, with a rating and optional words. */
    @WithTransaction
    public Uni<ConnectionView> feedback(Caller caller, UUID id, FeedbackRequest body) {
        Viewer viewer = viewer(caller);
        FeedbackRequest request = body == null ? new FeedbackRequest(null, null, null) : body;
        List<InvalidField> invalid = new ArrayList<>();
        if (request.helped() == null) {
            invalid.add(new InvalidField("helped", "platform-field-required"));
        }
        if (request.rating() == null) {
            invalid.add(new InvalidField("rating", "platform-field-required"));
        } else if (request.rating() < 1 || request.rating() > 5) {
            invalid.add(new InvalidField("rating", "platform-field-out-of-range", 1, 5));
        }
        ConnectionChecks.text(invalid, "comment", request.comment());
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        Instant now = clock.instant();
        return locked(viewer, id)
                .invoke(connection -> requireSide(viewer, connection))
                .invoke(connection -> requireState(connection, List.of(ConnectionStates.COMPLETED)))
                .call(connection -> {
                    String side = connection.sideOf(viewer.participantId());
                    return ConnectionFeedback.<ConnectionFeedback> findById(
                            new ConnectionFeedback.Key(connection.id, side)).flatMap(given -> {
                                if (given != null) {
                                    throw ProblemException.conflict("feedback-given",
                                            "matching-connection-feedback-given");
                                }
                                ConnectionFeedback feedback = new ConnectionFeedback();
                                feedback.connectionId = connection.id;
                                feedback.author = side;
                                feedback.helped = request.helped();
                                feedback.rating = request.rating().shortValue();
                                feedback.comment = blankToNull(request.comment());
                                feedback.submittedAt = now;
                                return feedback.persist().call(() -> events.feedback(connection, feedback));
                            });
                })
                .flatMap(connection -> viewWithFeedback(viewer, connection));
    }

    // erasure ---------------------------------------------------------------------------------------------------

    private static final String FORGET_MESSAGES = """
            update connection set message = null, updated_at = :now
            where (learner_id = :id or sharer_id = :id) and message is not null""";
    private static final String FORGET_COMMENTS = """
            update connection_feedback set comment = null
            where comment is not null and connection_id in
                (select id from connection where learner_id = :id or sharer_id = :id)""";

    /**
     * A participant was erased: the free text of every connection they took part in (the learner's message and both
     * sides' comments) goes; ids, states and ratings stay for the programme's counts. In the caller's transaction
     * (the participants feed's) when there is one.
     */
    @WithTransaction
    public Uni<Void> forgetFreeText(UUID participantId) {
        Instant now = clock.instant();
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(FORGET_MESSAGES).setParameter("id", participantId)
                        .setParameter("now", now).executeUpdate()
                        .flatMap(ignored -> session.createNativeQuery(FORGET_COMMENTS)
                                .setParameter("id", participantId).executeUpdate()))
                .replaceWithVoid();
    }

    // reading ---------------------------------------------------------------------------------------------------

    /** One connection, for its sides, their liaisons and organizers; a 404 problem for anyone else. */
    @WithSession
    public Uni<ConnectionView> get(Caller caller, UUID id) {
        Viewer viewer = viewer(caller);
        return Connection.<Connection> findById(id)
                .map(connection -> ConnectionAccess.readable(viewer, connection, id))
                .flatMap(connection -> viewWithFeedback(viewer, connection));
    }

    /** The caller's own connections (as learner, sharer or liaison), latest first. */
    @WithSession
    public Uni<ConnectionPage> mine(Caller caller, ConnectionFilter filter) {
        Viewer viewer = viewer(caller);
        if (viewer.participantId() == null) {
            return Uni.createFrom().item(new ConnectionPage(List.of(), filter.page(), filter.size(), 0));
        }
        String where = switch (filter.role() == null ? "" : filter.role()) {
            case Connection.LEARNER -> "learnerId = :me";
            case Connection.SHARER -> "sharerId = :me";
            default -> ConnectionAccess.INVOLVED;
        } + (filter.state() == null ? "" : " and state = :state");
        io.quarkus.panache.common.Parameters parameters = io.quarkus.panache.common.Parameters.with("me",
                viewer.participantId());
        if (filter.state() != null) {
            parameters = parameters.and("state", filter.state());
        }
        io.quarkus.panache.common.Parameters bound = parameters;
        return Connection.<Connection> find(where + " order by requestedAt desc, id", bound)
                .page(filter.page(), filter.size()).list()
                .flatMap(connections -> Connection.count(where, bound)
                        .flatMap(total -> views(viewer, connections)
                                .map(items -> new ConnectionPage(items, filter.page(), filter.size(), total))));
    }

    /** Views of connections, with their feedback loaded in one query. */
    Uni<List<ConnectionView>> views(Viewer viewer, List<Connection> connections) {
        if (connections.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = connections.stream().map(c -> c.id).toList();
        return ConnectionFeedback.<ConnectionFeedback> list("connectionId in ?1 order by submittedAt", ids)
                .map(feedback -> {
                    Map<UUID, List<ConnectionFeedback>> byConnection = feedback.stream()
                            .collect(Collectors.groupingBy(f -> f.connectionId));
                    return connections.stream()
                            .map(c -> view(viewer, c, byConnection.getOrDefault(c.id, List.of()))).toList();
                });
    }

    /** The caller as connections know them. */
    Viewer viewer(Caller caller) {
        return new Viewer(caller, index.bySubject(caller.subject()).map(c -> UUID.fromString(c.participantId()))
                .orElse(null));
    }

    // in the caller's transaction -------------------------------------------------------------------------------

    Uni<Void> cancelled(Connection connection, String by, String reason, Instant now) {
        connection.state = ConnectionStates.CANCELLED;
        connection.cancelledBy = by;
        connection.cancelReason = reason;
        connection.cancelledAt = now;
        connection.updatedAt = now;
        return events.cancelled(connection);
    }

    private Uni<Void> cancelOtherRequests(Connection accepted, Instant now) {
        return Connection.<Connection> find("learnerId = ?1 and skill = ?2 and state in ?3 and id <> ?4",
                accepted.learnerId, accepted.skill, Connection.WAITING, accepted.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .flatMap(others -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Connection other : others) {
                        chain = chain.call(() -> cancelled(other, ConnectionCancelled.BY_SYSTEM, MATCHED_ELSEWHERE,
                                now));
                    }
                    return chain.invoke(() -> Log.debugf("Accepting %s cancelled %d other requests", accepted.id,
                            others.size()));
                });
    }

    // rules -----------------------------------------------------------------------------------------------------

    /** Adds what makes the sharer unfit for the learner and skill, as far as their profile tells. */
    /** A follow-up: the learner attended the space, the sharer shared it, and it took place. */
    private Uni<Void> requireFollowUp(UUID spaceId, UUID learnerId, UUID sharerId) {
        return spaces.followUpAllowed(spaceId.toString(), learnerId.toString(), sharerId.toString())
                .invoke(allowed -> {
                    if (!allowed) {
                        throw ProblemException.invalidField("spaceId", "matching-connection-follow-up-not-allowed");
                    }
                }).replaceWithVoid();
    }

    private void sharerFit(List<InvalidField> invalid, UUID learnerId, UUID sharerId, String skill) {
        if (sharerId.equals(learnerId)) {
            invalid.add(new InvalidField("sharerId", "matching-connection-self"));
            return;
        }
        Optional<Candidate> sharer = index.byId(sharerId.toString());
        if (sharer.isEmpty()) {
            invalid.add(new InvalidField("sharerId", "matching-connection-unknown-sharer", sharerId.toString()));
        } else if (!sharer.get().sharesConnections()) {
            invalid.add(new InvalidField("sharerId", "matching-connection-sharer-unavailable"));
        } else if (skill != null && !ConnectionChecks.sharesRelated(sharer.get(), skill)) {
            invalid.add(new InvalidField("sharerId", "matching-connection-not-shared", skill));
        }
    }

    /** A sharer who paused, is away or is full takes no request; nor does one who recently declined this one. */
    private Uni<Void> requireTakesRequests(UUID learnerId, UUID sharerId, String skill, Instant now) {
        return Connection.count("learnerId = ?1 and sharerId = ?2 and skill = ?3 and state = ?4 and answeredAt > ?5",
                learnerId, sharerId, skill, ConnectionStates.DECLINED, now.minus(config.declineCooldown()))
                .invoke(declined -> {
                    if (declined > 0) {
                        throw ProblemException.conflict("recently-declined",
                                "matching-connection-recently-declined");
                    }
                })
                .flatMap(ignored -> sharers.find(sharerId))
                .invoke(sharer -> {
                    if (sharer != null && sharer.pausedAt(now)) {
                        throw ProblemException.invalidField("sharerId", "matching-connection-sharer-paused");
                    }
                    if (sharer != null && sharer.awaySince != null) {
                        throw ProblemException.invalidField("sharerId", "matching-connection-sharer-away");
                    }
                })
                .flatMap(ignored -> activeCount(sharerId))
                .invoke(active -> {
                    if (active >= index.byId(sharerId.toString()).map(Candidate::maxConnections).orElse(0)) {
                        throw ProblemException.invalidField("sharerId", "matching-connection-sharer-full");
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> requireFewerWaiting(UUID learnerId) {
        return Connection.count("learnerId = ?1 and state in ?2", learnerId, Connection.WAITING).invoke(waiting -> {
            if (waiting >= config.maxOpenPerLearner()) {
                throw ProblemException.conflict("too-many-open-requests", "matching-connection-too-many-open",
                        waiting);
            }
        }).replaceWithVoid();
    }

    private static Uni<Void> requireNoDuplicate(UUID learnerId, UUID sharerId, String skill) {
        Uni<Long> live = sharerId == null
                ? Connection.count("learnerId = ?1 and sharerId is null and skill = ?2 and state = ?3", learnerId,
                        skill, ConnectionStates.OPEN)
                : Connection.count("learnerId = ?1 and sharerId = ?2 and skill = ?3 and state in ?4", learnerId,
                        sharerId, skill, Connection.LIVE);
        return live.invoke(count -> {
            if (count > 0) {
                throw ProblemException.conflict("duplicate-request", sharerId == null
                        ? "matching-connection-duplicate-open"
                        : "matching-connection-duplicate");
            }
        }).replaceWithVoid();
    }

    private static Uni<Long> activeCount(UUID sharerId) {
        return Connection.count("sharerId = ?1 and state in ?2", sharerId, Connection.ACTIVE);
    }

    /** The connection locked for this transaction, if the viewer may see it (404 otherwise). */
    /**
     * Locks, in id order, every waiting connection of the learner for the skill of connection {@code id}: the rows an
     * accept cancels. Two sharers accepting two of the learner's requests for one skill at once lock them in the same
     * order, so the second waits for the first and finds its request cancelled (409), where locking its own request
     * first and the other's second would deadlock them (one of them a 503). Reads the learner and skill as values, so
     * that the connection is first loaded, fresh, by the lock.
     */
    private static Uni<Void> lockLearnersWaiting(UUID id) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                "select c.learnerId, c.skill from Connection c where c.id = :id", Object[].class)
                .setParameter("id", id).getResultList())
                .flatMap(rows -> rows.isEmpty() ? Uni.createFrom().voidItem()
                        : Connection.<Connection> find("learnerId = ?1 and skill = ?2 and state in ?3 order by id",
                                rows.get(0)[0], rows.get(0)[1], Connection.WAITING)
                                .withLock(LockModeType.PESSIMISTIC_WRITE).list().replaceWithVoid());
    }

    private static Uni<Connection> locked(Viewer viewer, UUID id) {
        return Connection.<Connection> findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(connection -> ConnectionAccess.readable(viewer, connection, id));
    }

    private static void requireAddressedSharer(Viewer viewer, Connection connection) {
        if (!Connection.SHARER.equals(connection.sideOf(viewer.participantId()))) {
            throw ProblemException.forbidden("matching-connection-sharer-only");
        }
    }

    private static void requireSide(Viewer viewer, Connection connection) {
        if (connection.sideOf(viewer.participantId()) == null) {
            throw ProblemException.forbidden("matching-connection-sides-only");
        }
    }

    static void requireState(Connection connection, List<String> allowed) {
        if (!allowed.contains(connection.state)) {
            throw ProblemException.conflict("connection-state", "matching-connection-wrong-state", connection.state);
        }
    }

    private static void requireOrganizer(Caller caller) {
        if (!caller.isOrganizer()) {
            throw ProblemException.forbidden("matching-connection-organizers-only");
        }
    }

    private static UUID requireProfile(Viewer viewer) {
        if (viewer.participantId() == null) {
            throw ProblemException.conflict("profile-required", "matching-connection-profile-required");
        }
        return viewer.participantId();
    }

    /** The pause an answer asks for: until a time in the future, indefinitely, or none (null). */
    private static Instant pauseUntil(AnswerRequest answer, Instant now, List<InvalidField> invalid) {
        ConnectionChecks.future(invalid, "pauseUntil", answer.pauseUntil(), now);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        if (answer.pauseUntil() != null) {
            return answer.pauseUntil();
        }
        return Boolean.TRUE.equals(answer.pauseNewRequests()) ? SharerLedger.INDEFINITELY : null;
    }

    private Connection newConnection(UUID learnerId, UUID sharerId, String skill, Instant now) {
        Connection connection = new Connection();
        connection.id = UUID.randomUUID();
        connection.learnerId = learnerId;
        connection.sharerId = sharerId;
        connection.skill = skill;
        connection.requestedAt = now;
        connection.updatedAt = now;
        return connection;
    }

    private Uni<ConnectionView> viewWithFeedback(Viewer viewer, Connection connection) {
        return views(viewer, List.of(connection)).map(views -> views.get(0));
    }

    private ConnectionView view(Viewer viewer, Connection c, List<ConnectionFeedback> feedback) {
        return new ConnectionView(c.id.toString(), c.learnerText(), name(c.learnerText()), c.sharerText(),
                name(c.sharerText()), c.skill, c.state, c.sideOf(viewer.participantId()), c.message, c.origin,
                c.roundId == null ? null : c.roundId.toString(), c.proposedBy, c.requestedAt, c.expiresAt,
                c.answeredAt, c.declineReason, c.scheduledAt, c.scheduleZone, c.completionConfirmedBy,
                c.completionConfirmedAt, c.completedAt, c.cancelledBy, c.cancelReason, c.cancelledAt,
                feedback.stream().map(FeedbackView::of).toList(), c.spaceId == null ? null : c.spaceId.toString(),
                c.learnerAffiliate, c.sharerAffiliate, text(c.learnerLiaison), text(c.sharerLiaison));
    }

    private String name(String participantId) {
        return participantId == null ? null : index.byId(participantId).map(Candidate::displayName).orElse(null);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
