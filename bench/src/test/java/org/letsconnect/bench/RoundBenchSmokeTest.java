package org.letsconnect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.letsconnect.bench.BenchSettings.RoundSizes;

/**
 * The round benchmark at a tiny size, in the normal build: it asserts that both solvers answered within the rules
 * (the bench checks that itself) and that the optimal round is no worse than greedy, never how fast.
 */
class RoundBenchSmokeTest {

    @Test
    void bothSolversAnswerAndTheOptimalRoundIsNoWorse() throws Exception {
        BenchSettings settings = BenchSettings.fromSystem().only(BenchSettings.ROUND)
                .withRound(new RoundSizes(300, 60, 12, 2, 20261202L));

        RoundBench.Results round = Bench.run(settings).round();

        int optimal = round.optimal().assigned();
        int greedy = round.greedy().assigned();
        assertTrue(optimal > 0, "the round assigns requests");
        assertTrue(optimal <= Math.min(round.freePlaces(), round.requestsWithSharer()));
        assertTrue(optimal > greedy || optimal == greedy
                && round.optimal().result().totalScore() >= round.greedy().result().totalScore());
        assertEquals(300, optimal + round.optimal().result().unmatched().size());
        String table = Files.readString(settings.target().resolve("results.md"));
        assertTrue(table.startsWith("| Run |"));
        assertTrue(table.contains("requests assigned"), table);
    }
}
