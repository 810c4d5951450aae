package org.letsconnect.matching.connection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.platform.paging.PageNumbers;
import org.letsconnect.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * What organizers look at to step in: requests still waiting, learners left without a sharer, sharers with more than
 * they can take. Callers are organizers (the resource says so); these read and never change anything.
 */
@ApplicationScoped
public class ConnectionOversight {

    /** Each learner's latest request per skill, and those of them that left the learner without a sharer. */
    private static final String UNMATCHED = """
            with latest as (
                select distinct on (learner_id, skill) id, state, cancelled_by, requested_at
                from connection
                order by learner_id, skill, requested_at desc, id desc)
            %s from latest
            where state in ('declined', 'expired')
               or (state = 'cancelled' and cancelled_by in ('sharer', 'organizer'))
               or (state = 'open' and requested_at < :cutoff)
            %s""";

    private final ConnectionService connections;
    private final CandidateIndex index;
    private final ConnectionConfig config;
    private final SharerLoads sharerLoads;
    private final Clock clock;

    public ConnectionOversight(ConnectionService connections, CandidateIndex index, ConnectionConfig config,
            SharerLoads sharerLoads, Clock clock) {
        this.sharerLoads = sharerLoads;
        this.connections = connections;
        this.index = index;
        this.config = config;
        this.clock = clock;
    }

    /** Open requests and requests waiting for the sharer's answer, the oldest first. */
    @WithSession
    public Uni<ConnectionPage> waiting(Caller caller, PageNumbers.Page page) {
        Viewer viewer = connections.viewer(caller);
        return Connection.<Connection> find("state in ?1 order by requestedAt, id", Connection.WAITING)
                .page(page.page(), page.size()).list()
                .flatMap(items -> Connection.count("state in ?1", Connection.WAITING)
                        .flatMap(total -> connections.views(viewer, items)
                                .map(views -> new ConnectionPage(views, page.page(), page.size(), total))));
    }

    /**
     * Learners whose latest request for a skill ended declined, expired, or cancelled by the sharer or an organizer
     * (not by themselves, nor by the system because another request was accepted), with no newer one; and open
     * requests older than the configured time. Longest waiting first.
     */
    @WithSession
    public Uni<UnmatchedPage> unmatched(PageNumbers.Page page) {
        var cutoff = clock.instant().minus(config.unmatchedAfter());
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery(UNMATCHED.formatted("select cast(id as text)",
                        "order by requested_at, id limit :limit offset :offset"))
                .setParameter("cutoff", cutoff).setParameter("limit", page.size())
                .setParameter("offset", page.page() * page.size()).getResultList()
                .flatMap(ids -> session.createNativeQuery(UNMATCHED.formatted("select count(*)", ""))
                        .setParameter("cutoff", cutoff).getSingleResult()
                        .flatMap(total -> unmatchedOf(ids).map(items -> new UnmatchedPage(items, page.page(),
                                page.size(), ((Number) total).longValue())))));
    }

    private Uni<List<UnmatchedLearner>> unmatchedOf(List<?> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> order = ids.stream().map(id -> UUID.fromString(id.toString())).toList();
        return Connection.<Connection> list("id in ?1", order).map(found -> {
            Map<UUID, Connection> byId = found.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
            return order.stream().map(byId::get).map(c -> new UnmatchedLearner(c.learnerText(),
                    index.byId(c.learnerText()).map(Candidate::displayName).orElse(null), c.skill, c.id.toString(),
                    c.state, c.requestedAt, Connection.WAITING.contains(c.state) ? null : c.updatedAt)).toList();
        });
    }

    /**
     * Sharers whose accepted and scheduled connections fill their capacity, or with at least the configured number
     * of requests waiting for their answer; the most loaded first.
     */
    @WithSession
    public Uni<SharerLoadPage> overloaded(PageNumbers.Page page) {
        return sharerLoads.all()
                .flatMap(all -> {
                    List<SharerLoad> loads = new ArrayList<>();
                    all.forEach((id, load) -> {
                        Candidate profile = index.byId(id).orElse(null);
                        int capacity = profile == null ? 0 : profile.maxConnections();
                        if (load.active() >= capacity || load.pending() >= config.overloadedPending()) {
                            loads.add(new SharerLoad(id, profile == null ? null : profile.displayName(), capacity,
                                    load.active(), load.pending(), 0, null, null));
                        }
                    });
                    loads.sort(Comparator.comparingLong((SharerLoad l) -> -(l.active() + l.pending() - l.capacity()))
                            .thenComparing(SharerLoad::sharerId));
                    int from = Math.min(loads.size(), page.page() * page.size());
                    List<SharerLoad> slice = loads.subList(from, Math.min(loads.size(), from + page.size()));
                    return withSharerRows(slice)
                            .map(items -> new SharerLoadPage(items, page.page(), page.size(), loads.size()));
                });
    }

    private static Uni<List<SharerLoad>> withSharerRows(List<SharerLoad> loads) {
        if (loads.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = loads.stream().map(l -> UUID.fromString(l.sharerId())).toList();
        return Sharer.<Sharer> list("participantId in ?1", ids).map(rows -> {
            Map<String, Sharer> byId = rows.stream()
                    .collect(Collectors.toMap(s -> s.participantId.toString(), Function.identity()));
            return loads.stream().map(l -> {
                Sharer row = byId.get(l.sharerId());
                return row == null ? l
                        : new SharerLoad(l.sharerId(), l.name(), l.capacity(), l.active(), l.pending(),
                                row.requestsExpired, row.awaySince, row.pausedUntil);
            }).toList();
        });
    }
}
