package org.letsconnect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Runs the benchmarks at the sizes of the system properties ({@link BenchSettings}), prints the one Markdown table
 * and writes it to {@code target/results.md}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            run(BenchSettings.fromSystem());
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // testkit's shared infrastructure stops in its shutdown hooks
    }

    /** The figures of a run; a benchmark left out ({@code bench.only}) has none. */
    record Results(NotificationBench.Results notification, RoundBench.Results round,
            SuggestionBench.Results suggestion) {
    }

    /** Runs, prints the table and writes it to {@code results.md}; answers the figures. */
    static Results run(BenchSettings settings) throws Exception {
        String machine = machine(Instant.now());
        // the round first: it runs in this JVM, before the notification bench's infrastructure loads the machine
        RoundBench.Results round = settings.runs(BenchSettings.ROUND) ? RoundBench.run(settings.round()) : null;
        // then the suggestions, whose service and broker stop before the notification bench starts its own
        SuggestionBench.Results suggestion = settings.runs(BenchSettings.SUGGESTION) ? SuggestionBench.run(settings)
                : null;
        NotificationBench.Results notification = settings.runs(BenchSettings.NOTIFICATION)
                ? NotificationBench.run(settings)
                : null;
        Results results = new Results(notification, round, suggestion);
        String table = ResultsTable.of(results, machine + ", after " + load());
        Files.writeString(settings.target().resolve("results.md"), table);
        System.out.println();
        System.out.println(table);
        return results;
    }

    private static String machine(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS) + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, load before " + load();
    }

    /** The 1-minute load average (other builds share the machine). */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
