package org.letsconnect.registry.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.registry.ParticipantProfile;
import org.letsconnect.registry.participant.Participant;
import org.letsconnect.registry.participant.ProfileVisibility;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Reads profiles a page at a time with keyset pagination on the primary key ({@code id > :after order by id limit
 * n}), so an export of 100,000 profiles never holds more than a page and every page is an index range scan.
 */
@ApplicationScoped
public class CapxExportReader {

    /**
     * At most {@code limit} profiles after {@code after} (null: from the start), in id order.
     *
     * @param publicOnly only public profiles, for a caller {@link ProfileVisibility#publicOnly()} shows no others
     */
    @WithSession
    public Uni<List<Participant>> page(UUID after, int limit, boolean publicOnly) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (after != null) {
            where.append("id > :after");
            params.put("after", after);
        }
        if (publicOnly) {
            where.append(where.isEmpty() ? "" : " and ").append("visibility = :visibility");
            params.put("visibility", ParticipantProfile.VISIBILITY_PUBLIC);
        }
        Sort byId = Sort.by("id");
        return (where.isEmpty() ? Participant.<Participant> findAll(byId)
                : Participant.<Participant> find(where.toString(), byId, params))
                .range(0, limit - 1).list();
    }
}
