package org.letsconnect.clinic.directory;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Forgets a participant who erased their profile in the registry, in every table that names them, in the same
 * transaction as the read model row. What remains are counts: their registrations and attendance stay (without
 * names, e-mail or aliases) so past reports keep adding up, their named feedback becomes anonymous, their badges go.
 */
@ApplicationScoped
public class Erasure {

    private static final List<String> STATEMENTS = List.of(
            "delete from directory_participant where participant_id = :id",
            "delete from directory_contact where participant_id = :id",
            "update registration set name = '', username = null, email = null where participant_id = :id",
            "update attendance set names = '{}', email = null, person_name = null, person_username = null,"
                    + " candidates = '[]' where participant_id = :id",
            "delete from attendance_alias where participant_id = :id",
            "update feedback set anonymous = true, subject = null, participant_id = null where participant_id = :id",
            "delete from badge_award where participant_id = :id",
            "delete from badge_attendance where participant_id = :id",
            "delete from badge_tally where participant_id = :id");

    /** Runs inside the consumer's transaction. */
    public Uni<Void> forget(UUID participantId) {
        return Panache.getSession().flatMap(session -> Multi.createFrom().iterable(STATEMENTS)
                .onItem().transformToUniAndConcatenate(sql -> session.createNativeQuery(sql)
                        .setParameter("id", participantId).executeUpdate())
                .collect().asList())
                .replaceWithVoid();
    }
}
