package org.letsconnect.clinic.feedback;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Who may answer about a space: those who registered for it (and did not cancel), and those the Zoom report shows
 * attended it, matched to their directory profile, registered or not (half of the people in a Clinic never register).
 */
@ApplicationScoped
public class FeedbackEligibility {

    public Uni<Boolean> mayAnswer(UUID spaceId, String subject) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                select count(*) from (
                    select 1 from registration
                    where space_id = :space and subject = :subject and status <> 'cancelled'
                    union all
                    select 1 from attendance a join directory_participant p on p.participant_id = a.participant_id
                    where a.space_id = :space and p.subject = :subject and a.status = 'matched') as answerers""",
                Long.class)
                .setParameter("space", spaceId).setParameter("subject", subject)
                .getSingleResult())
                .map(count -> count > 0);
    }
}
