package org.letsconnect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.letsconnect.bench.BenchSettings.SuggestionSizes;

/**
 * The suggestion benchmark at a tiny size, in the normal build: matching-service rebuilds its index from 500 profiles
 * and answers 50 requests of each kind rightly (the bench checks every answer itself), never how fast.
 */
class SuggestionBenchSmokeTest {

    @Test
    void theIndexHoldsEveryProfileAndEveryRequestIsAnswered() throws Exception {
        BenchSettings settings = BenchSettings.fromSystem().only(BenchSettings.SUGGESTION)
                .withSuggestion(new SuggestionSizes(500, 50, 10, List.of(4), 20, 3, 20261202L));

        SuggestionBench.Results results = Bench.run(settings).suggestion();

        assertEquals(500, results.rebuild().participants(), "the candidate index holds every profile");
        assertTrue(results.rebuild().records() >= 500);
        assertTrue(results.rebuild().rebuildMillis() > 0, "the readiness check reports the rebuild time");
        SuggestionBench.Run run = results.runs().get(0);
        assertEquals(50, run.skill().requests());
        assertTrue(run.skill().meanAnswered() > 0, "learners get suggestions");
        assertTrue(run.allSkills().meanAnswered() > 0, "and without a skill too");
        assertTrue(results.population().connections() > 0);
        // the ranking in process gave the plain way's answer to every call (it fails otherwise) and was measured
        assertEquals(50, results.inProcess().skill().requests());
        assertTrue(results.inProcess().skill().meanCandidates() > 0, "the rankings had candidates");
        String table = Files.readString(settings.target().resolve("results.md"));
        assertTrue(table.contains("matching-service suggestions"), table);
        assertTrue(table.contains("p99"), table);
        assertTrue(table.contains("ranking in process"), table);
    }
}
