package org.letsconnect.notification.rule;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.clinic.SpaceSummary;
import org.letsconnect.notification.space.KnownSpaces;
import org.letsconnect.platform.inbox.ReceivedEvent;

import io.smallrye.mutiny.Uni;

/** Which clinic event reaches whom, when. */
@ApplicationScoped
public class ClinicRules {

    private final KnownSpaces spaces;

    public ClinicRules(KnownSpaces spaces) {
        this.spaces = spaces;
    }

    public Uni<Void> apply(ReceivedEvent<Object> event) {
        if (event.data() instanceof SpaceSummary summary) {
            return spaces.keep(summary).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
