package org.letsconnect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.letsconnect.bench.NotificationBench.Delivered;
import org.letsconnect.bench.NotificationBench.Results;

/**
 * The notification benchmark at a tiny size, in the normal build so that it keeps compiling and stays honest: it
 * asserts what arrived, never how fast.
 */
class NotificationBenchSmokeTest {

    @Test
    void everyReminderArrivesOnceAndAKillLosesNone() throws Exception {
        BenchSettings settings = BenchSettings.fromSystem().only(BenchSettings.NOTIFICATION).withSizes(48, 36)
                .withTiming(Duration.ofSeconds(3), Duration.ofSeconds(3));

        Results results = Bench.run(settings).notification();

        Delivered reminders = results.reminders();
        assertEquals(48, reminders.distinct(), "every reminder arrived");
        assertEquals(48, reminders.total(), "and none twice");
        assertEquals(12, results.languages().size());
        assertEquals(48, results.confirmations().distinct(), "every confirmation arrived");
        assertEquals(0, results.confirmations().duplicates());
        assertEquals(48, results.baseline().distinct());
        assertEquals(48, results.baseline().total());

        assertEquals(null, results.killFailure());
        Delivered afterKill = results.kill().delivered();
        assertTrue(results.kill().arrivedBeforeKill() < 36, "killed before all had arrived");
        assertEquals(36, afterKill.distinct(), "a kill and a restart lose no reminder");
        assertTrue(afterKill.duplicates() <= settings.batchSize(),
                "only the deliveries claimed at the kill can arrive twice: " + afterKill.duplicates());
        assertTrue(Files.readString(settings.target().resolve("results.md")).startsWith("| Run |"));
    }
}
