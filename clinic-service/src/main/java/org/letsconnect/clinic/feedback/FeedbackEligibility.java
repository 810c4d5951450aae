package org.letsconnect.clinic.feedback;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Who may answer about a space: those who registered for it (and did not cancel). People who attended without
 * registering belong here too once attendance is recorded in this service: widen this one query then.
 */
@ApplicationScoped
public class FeedbackEligibility {

    public Uni<Boolean> mayAnswer(UUID spaceId, String subject) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                select count(*) from registration
                where space_id = :space and subject = :subject and status <> 'cancelled'""", Long.class)
                .setParameter("space", spaceId).setParameter("subject", subject)
                .getSingleResult())
                .map(count -> count > 0);
    }
}
