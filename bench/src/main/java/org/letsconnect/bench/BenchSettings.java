package org.letsconnect.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sizes and knobs of a run, each a system property ({@code -Dbench.reminders=10000} …). The service's knobs are
 * passed to it as configuration overrides: {@code letsconnect.notification.delivery.batch-size}, {@code .every} and
 * {@code .lease}, {@code quarkus.mailer.max-pool-size}.
 *
 * @param reminders recipients and reminders of run 1 (throughput), and messages of the baseline
 * @param killReminders reminders of run 2 (kill and restart); 0 leaves the run out
 * @param killAfter the share of run 2's reminders that arrive before the service is killed
 * @param batchSize deliveries the worker claims and sends at once
 * @param mailerPool SMTP connections of the service's mailer, and of the baseline
 * @param every how often the worker looks for due deliveries
 * @param lease how long a claim holds: after the kill, the claimed deliveries come back when it ends
 * @param settle the time before T beyond {@code perRegistration} × reminders, for the confirmations to go out first
 * @param perRegistration the time per registration added to T
 * @param repository the repository's root (the service's packaged application is found from it)
 * @param target the bench module's build directory (classpath file, logs, results.md)
 * @param benchmarks which benchmarks run ({@code bench.only}, a comma-separated list of {@link #NOTIFICATION},
 *        {@link #ROUND} and {@link #SUGGESTION}; all by default)
 * @param round the sizes of the matching round
 * @param suggestion the sizes of the suggestion benchmark
 */
record BenchSettings(int reminders, int killReminders, double killAfter, int batchSize, int mailerPool,
        Duration every, Duration lease, Duration settle, Duration perRegistration, Path repository, Path target,
        Set<String> benchmarks, RoundSizes round, SuggestionSizes suggestion) {

    static final String NOTIFICATION = "notification";
    static final String ROUND = "round";
    static final String SUGGESTION = "suggestion";

    /**
     * The matching round's input ({@code bench.round.*}): requests over sharers, each request for one of the skills
     * and with the sharers of that skill as its options.
     *
     * @param requests open requests ({@code bench.round.requests}, 10000)
     * @param sharers sharers, 1–5 free places each ({@code bench.round.sharers}, 2000)
     * @param skills skills ({@code bench.round.skills}, 150)
     * @param repeats solves of each solver; the median counts ({@code bench.round.repeats}, 3)
     * @param seed the random input's seed ({@code bench.round.seed}, 20261202): the same input on every run
     */
    record RoundSizes(int requests, int sharers, int skills, int repeats, long seed) {
    }

    /**
     * The suggestion benchmark ({@code bench.suggestion.*}): profiles on the participants topic, requests per figure.
     *
     * @param profiles public profiles published to {@code registry.participants.v1} ({@code bench.suggestion.profiles},
     *        100000)
     * @param requests measured requests of each kind at each concurrency ({@code bench.suggestion.requests}, 2000)
     * @param warmUp requests of each kind before the first measured run ({@code bench.suggestion.warm-up}, 500)
     * @param clients the concurrencies, each a run of its own ({@code bench.suggestion.clients}, "4,16")
     * @param connections connections written to matching's tables before the requests, so the per-request queries find
     *        rows ({@code bench.suggestion.connections}, profiles / 50)
     * @param partitions partitions of the participants topic ({@code bench.suggestion.partitions}, 3 as in production)
     * @param seed the profiles' and the requests' seed ({@code bench.suggestion.seed}, 20261202)
     */
    record SuggestionSizes(int profiles, int requests, int warmUp, List<Integer> clients, int connections,
            int partitions, long seed) {
    }

    static BenchSettings fromSystem() {
        int reminders = Integer.getInteger("bench.reminders", 10_000);
        return new BenchSettings(reminders,
                Integer.getInteger("bench.kill.reminders", reminders),
                Double.parseDouble(System.getProperty("bench.kill.after", "0.33")),
                Integer.getInteger("bench.batch-size", 200),
                Integer.getInteger("bench.mailer-pool", 10),
                Duration.ofMillis(Long.getLong("bench.every-ms", 1000)),
                Duration.ofMillis(Long.getLong("bench.lease-ms", 15_000)),
                Duration.ofMillis(Long.getLong("bench.settle-ms", 10_000)),
                Duration.ofMillis(Long.parseLong(System.getProperty("bench.per-registration-ms", "6"))),
                Path.of(System.getProperty("letsconnect.repository", "..")).toAbsolutePath().normalize(),
                Path.of(System.getProperty("bench.target", "target")).toAbsolutePath().normalize(),
                Arrays.stream(System.getProperty("bench.only", NOTIFICATION + "," + ROUND + "," + SUGGESTION).split(","))
                        .map(String::trim).filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet()),
                new RoundSizes(Integer.getInteger("bench.round.requests", 10_000),
                        Integer.getInteger("bench.round.sharers", 2_000), Integer.getInteger("bench.round.skills", 150),
                        Integer.getInteger("bench.round.repeats", 3), Long.getLong("bench.round.seed", 20261202L)),
                suggestionSizes());
    }

    private static SuggestionSizes suggestionSizes() {
        int profiles = Integer.getInteger("bench.suggestion.profiles", 100_000);
        return new SuggestionSizes(profiles, Integer.getInteger("bench.suggestion.requests", 2_000),
                Integer.getInteger("bench.suggestion.warm-up", 500),
                Arrays.stream(System.getProperty("bench.suggestion.clients", "4,16").split(",")).map(String::trim)
                        .filter(value -> !value.isEmpty()).map(Integer::valueOf).toList(),
                Integer.getInteger("bench.suggestion.connections", profiles / 50),
                Integer.getInteger("bench.suggestion.partitions", 3), Long.getLong("bench.suggestion.seed", 20261202L));
    }

    boolean runs(String benchmark) {
        return benchmarks.contains(benchmark);
    }

    BenchSettings only(String... names) {
        return new BenchSettings(reminders, killReminders, killAfter, batchSize, mailerPool, every, lease, settle,
                perRegistration, repository, target, Set.of(names), round, suggestion);
    }

    BenchSettings withRound(RoundSizes round) {
        return new BenchSettings(reminders, killReminders, killAfter, batchSize, mailerPool, every, lease, settle,
                perRegistration, repository, target, benchmarks, round, suggestion);
    }

    BenchSettings withSuggestion(SuggestionSizes suggestion) {
        return new BenchSettings(reminders, killReminders, killAfter, batchSize, mailerPool, every, lease, settle,
                perRegistration, repository, target, benchmarks, round, suggestion);
    }

    BenchSettings withSizes(int reminders, int killReminders) {
        return new BenchSettings(reminders, killReminders, killAfter, batchSize, mailerPool, every, lease, settle,
                perRegistration, repository, target, benchmarks, round, suggestion);
    }

    BenchSettings withTiming(Duration lease, Duration settle) {
        return new BenchSettings(reminders, killReminders, killAfter, batchSize, mailerPool, every, lease, settle,
                perRegistration, repository, target, benchmarks, round, suggestion);
    }

    /** How long a run may take before it counts what arrived: generous, the goal is 20 s for 10,000. */
    Duration timeout(int expected) {
        return Duration.ofSeconds(60).plus(lease).plus(Duration.ofMillis(20L * expected));
    }
}
