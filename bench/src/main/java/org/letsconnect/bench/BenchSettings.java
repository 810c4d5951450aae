package org.letsconnect.bench;

import java.nio.file.Path;
import java.time.Duration;

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
 */
record BenchSettings(int reminders, int killReminders, double killAfter, int batchSize, int mailerPool,
        Duration every, Duration lease, Duration settle, Duration perRegistration, Path repository, Path target) {

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
                Path.of(System.getProperty("bench.target", "target")).toAbsolutePath().normalize());
    }

    BenchSettings withSizes(int reminders, int killReminders) {
        return new BenchSettings(reminders, killReminders, killAfter, batchSize, mailerPool, every, lease, settle,
                perRegistration, repository, target);
    }

    BenchSettings withTiming(Duration lease, Duration settle) {
        return new BenchSettings(reminders, killReminders, killAfter, batchSize, mailerPool, every, lease, settle,
                perRegistration, repository, target);
    }

    /** How long a run may take before it counts what arrived: generous, the goal is 20 s for 10,000. */
    Duration timeout(int expected) {
        return Duration.ofSeconds(60).plus(lease).plus(Duration.ofMillis(20L * expected));
    }
}
