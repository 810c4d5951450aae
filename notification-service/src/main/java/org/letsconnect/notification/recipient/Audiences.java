package org.letsconnect.notification.recipient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Who, among the recipients, a rule reaches. */
@ApplicationScoped
public class Audiences {

    /**
     * Participants who want to learn one of the skills and speak one of the languages. The codes travel as one
     * comma-separated parameter (taxonomy codes and language codes have no commas).
     */
    public Uni<List<UUID>> learnersOf(Collection<String> skills, Collection<String> languages) {
        if (skills.isEmpty() || languages.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "select participant_id from recipient where skills_to_learn && string_to_array(:skills, ',')"
                        + " and spoken_languages && string_to_array(:languages, ',') order by participant_id",
                UUID.class).setParameter("skills", String.join(",", skills))
                .setParameter("languages", String.join(",", languages)).getResultList());
    }

    /** Participants who hold the programme's organizer role. */
    public Uni<List<UUID>> organizers() {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                        "select r.participant_id from recipient r join programme_role p on p.subject = r.subject"
                                + " where p.role = 'organizer' order by r.participant_id",
                        UUID.class).getResultList())
                .map(ArrayList::new);
    }
}
