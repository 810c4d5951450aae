package org.letsconnect.matching.connection;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Every sharer's load in one query: connections going on (accepted, scheduled) and requests or proposals waiting for
 * their answer. The one count organizers' views, rounds and insights read; runs in the caller's session.
 */
@ApplicationScoped
public class SharerLoads {

    private static final String LOADS = """
            select c.sharerId,
                   sum(case when c.state in :active then 1 else 0 end),
                   sum(case when c.state in :answerable then 1 else 0 end)
            from Connection c where c.sharerId is not null and c.state in :live group by c.sharerId""";

    /** A sharer's connections going on and those waiting for their answer. */
    public record Load(long active, long pending) {
    }

    /** Participant id → load, for every sharer with at least one live connection (others have none). */
    public Uni<Map<String, Load>> all() {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(LOADS, Object[].class)
                .setParameter("active", Connection.ACTIVE).setParameter("answerable", Connection.ANSWERABLE)
                .setParameter("live", Connection.LIVE).getResultList())
                .map(rows -> {
                    Map<String, Load> loads = new HashMap<>(rows.size() * 2);
                    for (Object[] row : rows) {
                        loads.put(((UUID) row[0]).toString(),
                                new Load(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
                    }
                    return loads;
                });
    }
}
