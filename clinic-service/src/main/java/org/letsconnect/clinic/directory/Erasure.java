package org.letsconnect.clinic.directory;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.All;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Forgets a participant who erased their profile in the registry: the read model's rows here, then every feature
 * that keeps something about them forgets it in its own tables ({@link ParticipantDataHolder}), all in the same
 * transaction. What remains are counts: their registrations and attendance stay (without names, e-mail or aliases)
 * so past reports keep adding up, their named feedback becomes anonymous, their badges go.
 */
@ApplicationScoped
public class Erasure {

    private static final List<String> STATEMENTS = List.of(
            "delete from directory_participant where participant_id = :id",
            "delete from directory_contact where participant_id = :id");

    private final List<ParticipantDataHolder> holders;

    public Erasure(@All List<ParticipantDataHolder> holders) {
        this.holders = holders;
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> forget(UUID participantId) {
        // one session runs one statement at a time: the directory's rows, then each feature, one after the other
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String statement : STATEMENTS) {
            chain = chain.call(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(statement)
                    .setParameter("id", participantId).executeUpdate()));
        }
        for (ParticipantDataHolder holder : holders) {
            chain = chain.call(() -> holder.forget(participantId));
        }
        return chain;
    }
}
