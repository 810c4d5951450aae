package org.letsconnect.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The delivery log organizers read: deliveries with their notification, filtered, newest first. */
@ApplicationScoped
public class DeliveryLog {

    private static final String FROM = " from Delivery d join Notification n on n.id = d.notificationId where 1 = 1";
    private static final String SELECT = "select d.id, n.id, n.template, n.category, d.channel, d.status, d.reason,"
            + " d.attempts, d.dueAt, d.sentAt, n.spaceId, n.recipientKind, n.recipientId";

    @WithSession
    public Uni<DeliveryLogPage> page(DeliveryLogFilter filter) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (filter.space() != null) {
            where.append(" and n.spaceId = :space");
            parameters.put("space", filter.space());
        }
        if (filter.recipient() != null) {
            where.append(" and n.recipientId = :recipient");
            parameters.put("recipient", filter.recipient());
        }
        if (filter.status() != null) {
            where.append(" and d.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.channel() != null) {
            where.append(" and d.channel = :channel");
            parameters.put("channel", filter.channel());
        }
        return Panache.getSession().flatMap(session -> {
            var count = session.createSelectionQuery("select count(d)" + FROM + where, Long.class);
            var items = session.createSelectionQuery(SELECT + FROM + where + " order by d.dueAt desc, d.id",
                    Object[].class);
            parameters.forEach((name, value) -> {
                count.setParameter(name, value);
                items.setParameter(name, value);
            });
            items.setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size());
            return count.getSingleResult().flatMap(total -> items.getResultList()
                    .map(rows -> new DeliveryLogPage(items(rows), filter.page(), filter.size(), total)));
        });
    }

    private static List<DeliveryLogItem> items(List<Object[]> rows) {
        List<DeliveryLogItem> items = new ArrayList<>();
        for (Object[] row : rows) {
            items.add(new DeliveryLogItem((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], (String) row[6], (Integer) row[7], (Instant) row[8],
                    (Instant) row[9], (UUID) row[10], (String) row[11], (UUID) row[12]));
        }
        return items;
    }
}
