package org.letsconnect.matching.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.junit.QuarkusTest;

/**
 * OR-Tools' natives load inside the service too, through Quarkus's class loader (it must answer the natives jar's
 * directory entry, which the Loader extracts from), and the solver is a bean the service can inject.
 */
@QuarkusTest
@WithTestInfrastructure
class RoundSolverNativesTest {

    @Inject
    RoundSolver solver;

    @Test
    void theInjectedSolverSolvesARound() {
        Instant now = Instant.parse("2026-11-01T09:00:00Z");
        RoundInput input = new RoundInput(List.of(
                new OpenRequest("r1", "l1", "commons", now, List.of(new SharerOption("x", 1000),
                        new SharerOption("y", 990))),
                new OpenRequest("r2", "l2", "commons", now.plusSeconds(1), List.of(new SharerOption("x", 900)))),
                List.of(new SharerCapacity("x", 1), new SharerCapacity("y", 1)));

        RoundResult result = solver.solve(input);

        assertEquals(List.of(new Assignment("r1", "l1", "y", "commons", 990),
                new Assignment("r2", "l2", "x", "commons", 900)), result.assignments());
        assertEquals(1890, result.totalScore());
    }
}
