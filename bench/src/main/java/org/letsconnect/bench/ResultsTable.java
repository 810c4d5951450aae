package org.letsconnect.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.letsconnect.bench.NotificationBench.Delivered;
import org.letsconnect.bench.NotificationBench.KillRun;
import org.letsconnect.bench.NotificationBench.Results;

/** The one Markdown table of a bench run: every figure beside its baseline from the same run, and their ratio. */
final class ResultsTable {

    private final StringBuilder text = new StringBuilder();

    private ResultsTable() {
    }

    static String of(Results results, String machine) {
        ResultsTable table = new ResultsTable();
        table.write(results, machine);
        return table.text.toString();
    }

    private void write(Results results, String machine) {
        BenchSettings settings = results.settings();
        Delivered reminders = results.reminders();
        Delivered baseline = results.baseline();
        Delivered confirmations = results.confirmations();
        int n = settings.reminders();
        line("| Run | Figure | notification-service | Baseline (same run) | Service / baseline | Goal |");
        line("|---|---|---|---|---|---|");
        String run1 = "1: " + count(n) + " reminders, " + results.languages().size() + " languages";
        row(run1, "messages a second (T → last mail)", rate(reminders.perSecond()), rate(baseline.perSecond()),
                ratio(reminders.perSecond(), baseline.perSecond()), "≥ 500");
        row("", "time until all arrived", seconds(reminders.allIn()), seconds(baseline.allIn()),
                ratio(reminders.allIn(), baseline.allIn()), "< 20 s");
        row("", "event-to-SMTP latency p50 (receive − T)", seconds(reminders.p50()), seconds(baseline.p50()),
                ratio(reminders.p50(), baseline.p50()), "");
        row("", "event-to-SMTP latency p99", seconds(reminders.p99()), seconds(baseline.p99()),
                ratio(reminders.p99(), baseline.p99()), "");
        row("", "distinct Message-IDs / expected", reminders.distinct() + " / " + reminders.expected(),
                baseline.distinct() + " / " + baseline.expected(), "", "all");
        row("", "duplicates (mails − distinct Message-IDs)", Integer.toString(reminders.duplicates()),
                Integer.toString(baseline.duplicates()), "", "0");
        String confirmed = "1: " + count(n) + " confirmations (registration published → SMTP), meant to be in by T";
        row(confirmed, "messages a second (first registration → last mail)", rate(confirmations.perSecond()),
                rate(baseline.perSecond()), ratio(confirmations.perSecond(), baseline.perSecond()), "");
        row("", "latency p50 / p99", seconds(confirmations.p50()) + " / " + seconds(confirmations.p99()),
                seconds(baseline.p50()) + " / " + seconds(baseline.p99()),
                ratio(confirmations.p50(), baseline.p50()) + " / " + ratio(confirmations.p99(), baseline.p99()), "");
        row("", "distinct Message-IDs (by T) / duplicates", confirmations.distinct() + " (" + results.confirmedByT()
                + ") / " + confirmations.duplicates(), baseline.distinct() + " / " + baseline.duplicates(), "",
                "all (all) / 0");
        KillRun kill = results.kill();
        if (kill != null) {
            Delivered killed = kill.delivered();
            String run2 = "2: " + count(killed.expected()) + " reminders, kill -9 after "
                    + count(kill.arrivedBeforeKill()) + ", restart (baseline: run 1, no kill)";
            row(run2, "lost mails (expected − distinct Message-IDs)", Integer.toString(killed.lost()),
                    Integer.toString(reminders.lost()), "", "0");
            row("", "duplicated mails (mails − distinct Message-IDs)", Integer.toString(killed.duplicates()),
                    Integer.toString(reminders.duplicates()), "", "report");
            row("", "time until all arrived (T → last mail)", seconds(killed.allIn()), seconds(reminders.allIn()),
                    ratio(killed.allIn(), reminders.allIn()), "");
            row("", "kill → restarted service ready", seconds(kill.restart()), "", "", "");
            row("", "latency p50 / p99", seconds(killed.p50()) + " / " + seconds(killed.p99()),
                    seconds(reminders.p50()) + " / " + seconds(reminders.p99()),
                    ratio(killed.p50(), reminders.p50()) + " / " + ratio(killed.p99(), reminders.p99()), "");
        }
        if (results.killFailure() != null) {
            row("2: kill -9 and restart", "failed: " + results.killFailure().replace('|', '/'), "", "", "", "");
        }
        line("");
        line("Machine: " + machine + ". Service knobs: batch-size " + settings.batchSize() + ", mailer pool "
                + settings.mailerPool() + " connections (baseline: as many), worker every "
                + settings.every().toMillis() + " ms, lease " + settings.lease().toSeconds() + " s. Mail size "
                + results.mailSize() + " bytes (mean of the reminders; the baseline's messages are as large).");
        StringBuilder mix = new StringBuilder("Notification languages (recipients): ");
        boolean firstLanguage = true;
        for (Map.Entry<String, Integer> language : results.languages().entrySet()) {
            mix.append(firstLanguage ? "" : ", ").append(language.getKey());
            String fallback = NotificationBench.FALLS_BACK_TO.get(language.getKey());
            if (fallback != null) {
                mix.append("→").append(fallback);
            }
            mix.append(' ').append(language.getValue());
            firstLanguage = false;
        }
        line(mix + ".");
    }

    private void row(String run, String figure, String service, String baseline, String ratio, String goal) {
        line("| " + run + " | " + figure + " | " + service + " | " + baseline + " | " + ratio + " | " + goal + " |");
    }

    private void line(String line) {
        text.append(line).append('\n');
    }

    private static String count(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f/s", perSecond);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }

    private static String ratio(double service, double baseline) {
        return baseline == 0 ? "—" : String.format(Locale.ROOT, "%.2f", service / baseline);
    }

    private static String ratio(Duration service, Duration baseline) {
        return ratio(service.toNanos(), baseline.toNanos());
    }
}
