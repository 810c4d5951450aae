package org.letsconnect.matching.candidate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the candidate index holds every profile the participants topic had at start, so a load balancer
 * sends no suggestion requests to a replica still rebuilding. Stays ready afterwards, also while the broker is away:
 * the index then answers from what it has, and catches up when the broker is back.
 */
@Readiness
@ApplicationScoped
public class CandidateIndexReadiness implements HealthCheck {

    private final CandidateFeed feed;
    private final CandidateIndex index;

    public CandidateIndexReadiness(CandidateFeed feed, CandidateIndex index) {
        this.feed = feed;
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("candidate-index")
                .withData("participants", index.size())
                .withData("lag", feed.lag());
        if (feed.rebuildTime() != null) {
            response.withData("rebuildMillis", feed.rebuildTime().toMillis());
        }
        return response.status(feed.caughtUp()).build();
    }
}
