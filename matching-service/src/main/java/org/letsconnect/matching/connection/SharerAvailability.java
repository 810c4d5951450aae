package org.letsconnect.matching.connection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A sharer's own say on new requests: pause them until a time, or reopen — which also ends being away after
 * unanswered requests. Whether they share at all, and how many at once, stays in their registry profile.
 */
@ApplicationScoped
public class SharerAvailability {

    private final CandidateIndex index;
    private final SharerLedger sharers;
    private final Clock clock;

    public SharerAvailability(CandidateIndex index, SharerLedger sharers, Clock clock) {
        this.index = index;
        this.sharers = sharers;
        this.clock = clock;
    }

    @WithSession
    public Uni<AvailabilityView> get(Caller caller) {
        return sharers.find(participantId(caller)).map(sharer -> sharer == null ? new AvailabilityView(null, null)
                : new AvailabilityView(sharer.pausedUntil, sharer.awaySince));
    }

    /** Pauses new requests until {@code pauseUntil}, or reopens now when it is null. */
    @WithTransaction
    public Uni<AvailabilityView> set(Caller caller, AvailabilityRequest body) {
        UUID participantId = participantId(caller);
        AvailabilityRequest request = body == null ? AvailabilityRequest.REOPEN : body;
        Instant now = clock.instant();
        List<InvalidField> invalid = new ArrayList<>();
        ConnectionChecks.future(invalid, "pauseUntil", request.pauseUntil(), now);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return sharers.lock(participantId).map(sharer -> {
            sharer.pausedUntil = request.pauseUntil();
            if (request.pauseUntil() == null) {
                sharer.awaySince = null;
                sharer.unansweredExpiries = 0;
            }
            sharer.updatedAt = now;
            return new AvailabilityView(sharer.pausedUntil, sharer.awaySince);
        });
    }

    private UUID participantId(Caller caller) {
        return index.bySubject(caller.subject()).map(c -> UUID.fromString(c.participantId()))
                .orElseThrow(() -> ProblemException.conflict("profile-required",
                        "matching-connection-profile-required"));
    }
}
