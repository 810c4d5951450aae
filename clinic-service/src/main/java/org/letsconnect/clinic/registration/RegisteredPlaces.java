package org.letsconnect.clinic.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.clinic.space.Space;
import org.letsconnect.clinic.space.SpaceRegistrations;
import org.letsconnect.clinic.space.SpaceView;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Answers what spaces ask of their registrations: who holds a place, how many places are taken. */
@ApplicationScoped
public class RegisteredPlaces implements SpaceRegistrations {

    private static final String PLACES = """
            select space_id,
                   count(*) filter (where status = 'confirmed'),
                   count(*) filter (where status = 'waitlisted')
            from registration where space_id in (:ids) and status <> 'cancelled'
            group by space_id""";

    private final Waitlist waitlist;

    public RegisteredPlaces(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    @Override
    public Uni<Boolean> isConfirmed(UUID spaceId, String subject) {
        return Registration.count("spaceId = ?1 and subject = ?2 and status = ?3", spaceId, subject,
                Registration.CONFIRMED).map(count -> count > 0);
    }

    @Override
    public Uni<Map<UUID, SpaceView.Places>> places(List<UUID> spaceIds) {
        if (spaceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(PLACES, Object[].class).setParameter("ids", spaceIds)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, SpaceView.Places> places = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        places.put((UUID) row[0], new SpaceView.Places(((Number) row[1]).longValue(),
                                ((Number) row[2]).longValue()));
                    }
                    return places;
                });
    }

    @Override
    public Uni<Void> capacityRaised(Space space) {
        return waitlist.fill(space).replaceWithVoid();
    }
}
