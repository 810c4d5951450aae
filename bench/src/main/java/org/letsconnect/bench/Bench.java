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

    /** Runs, prints the table and writes it to {@code results.md}; answers the figures. */
    static NotificationBench.Results run(BenchSettings settings) throws Exception {
        String machine = machine(Instant.now());
        NotificationBench.Results results = NotificationBench.run(settings);
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
