package org.letsconnect.clinic.directory;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** Questions other features ask of the participant read model. */
@ApplicationScoped
public class Directory {

    /** The registry participant a signed-in caller is, or null when they have no profile (yet). */
    public Uni<DirectoryParticipant> bySubject(String subject) {
        return DirectoryParticipant.find("subject", subject).firstResult();
    }
}
