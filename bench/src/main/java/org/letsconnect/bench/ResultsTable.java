package org.letsconnect.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.letsconnect.bench.BenchSettings.RoundSizes;
import org.letsconnect.bench.NotificationBench.Delivered;
import org.letsconnect.bench.NotificationBench.KillRun;
import org.letsconnect.bench.NotificationBench.Results;
import org.letsconnect.bench.RoundBench.Solved;

/** The one Markdown table of a bench run: every figure beside its baseline from the same run, and their ratio. */
final class ResultsTable {

    private final StringBuilder text = new StringBuilder();

    private ResultsTable() {
    }

    static String of(Bench.Results results, String machine) {
        ResultsTable table = new ResultsTable();
        table.line("| Run | Figure | Service | Baseline (same run) | Service / baseline | Goal |");
        table.line("|---|---|---|---|---|---|");
        if (results.round() != null) {
            table.roundRows(results.round());
        }
        if (results.suggestion() != null) {
            table.suggestionRows(results.suggestion());
        }
        if (results.notification() != null) {
            table.row("**notification-service** (baseline: a plain SMTP client)", "", "", "", "", "");
            table.write(results.notification(), machine);
        } else {
            table.line("");
            table.line("Machine: " + machine + ".");
        }
        if (results.round() != null) {
            table.roundNotes(results.round());
        }
        if (results.suggestion() != null) {
            table.suggestionNotes(results.suggestion());
        }
        return table.text.toString();
    }

    private void roundRows(RoundBench.Results round) {
        RoundSizes sizes = round.sizes();
        Solved optimal = round.optimal();
        Solved greedy = round.greedy();
        int n = sizes.requests();
        row("**matching-service round** (OR-Tools min-cost max-flow; baseline: greedy, best pairs first)", "", "", "",
                "", "");
        String run = count(n) + " requests over " + count(sizes.sharers()) + " sharers, " + sizes.skills()
                + " skills";
        row(run, "solve time (median of " + Math.max(1, sizes.repeats()) + ")", millis(optimal.median()),
                millis(greedy.median()), ratio(optimal.median(), greedy.median()), "< 2 s");
        row("", "CPU time of the solving thread (median)", millis(optimal.medianCpu()), millis(greedy.medianCpu()),
                ratio(optimal.medianCpu(), greedy.medianCpu()), "");
        row("", "first solve", millis(optimal.first()), millis(greedy.first()),
                ratio(optimal.first(), greedy.first()), "");
        row("", "requests assigned (share of all)", assigned(optimal.assigned(), n), assigned(greedy.assigned(), n),
                ratio(optimal.assigned(), greedy.assigned()), "most");
        row("", "total score", count(optimal.result().totalScore()), count(greedy.result().totalScore()),
                ratio(optimal.result().totalScore(), greedy.result().totalScore()), "highest");
        double optimalMean = mean(optimal);
        double greedyMean = mean(greedy);
        row("", "mean score of an assignment (0–1000)", String.format(Locale.ROOT, "%.1f", optimalMean),
                String.format(Locale.ROOT, "%.1f", greedyMean), ratio(optimalMean, greedyMean), "");
        row("", "OR-Tools natives loaded (once per JVM)", millis(round.nativesLoad()), "", "", "");
    }

    private void roundNotes(RoundBench.Results round) {
        RoundSizes sizes = round.sizes();
        line("Round input (seed " + sizes.seed() + "): " + count(sizes.requests()) + " requests of "
                + count(round.learners()) + " learners (1–5 each, for different skills) over " + count(sizes.sharers())
                + " sharers with " + count(round.freePlaces()) + " free places (1–5 each), " + sizes.skills()
                + " skills; " + count(round.options()) + " (request, sharer) options; " + count(
                        round.requestsWithSharer())
                + " requests have a sharer. At most " + count(Math.min(round.freePlaces(), round.requestsWithSharer()))
                + " can be assigned. Scores: (the sharer's quality + the pair's fit) / 2.");
    }

    private void suggestionRows(SuggestionBench.Results suggestion) {
        SuggestionBench.Rebuild rebuild = suggestion.rebuild();
        row("**matching-service suggestions** (baselines: a plain KafkaConsumer reading the same topic;"
                + " `GET /api/v1/session` of the same service)", "", "", "", "", "");
        String run = "candidate index from " + count(rebuild.records()) + " records, " + suggestion.sizes()
                .partitions() + " partitions";
        row(run, "process start → ready (candidate-index UP); baseline: plain read to the end", millis(rebuild
                .startToReady()), millis(rebuild.plainRead()), ratio(rebuild.startToReady(), rebuild.plainRead()), "");
        row("", "`rebuildMillis` (the service's: startup → caught up); baseline: read and `Events.read` each",
                count(rebuild.rebuildMillis()) + " ms", millis(rebuild.parsedRead()), ratio(Duration.ofMillis(rebuild
                        .rebuildMillis()), rebuild.parsedRead()),
                "");
        row("", "process start → first HTTP answer (JVM, Quarkus, Flyway)", millis(rebuild.startToHttp()), "", "",
                "");
        row("", "participants in the index / published", count(rebuild.participants()) + " / " + count(suggestion
                .sizes().profiles()), "", "", "all");
        for (SuggestionBench.Run measured : suggestion.runs()) {
            SuggestionBench.Latency skill = measured.skill();
            SuggestionBench.Latency all = measured.allSkills();
            SuggestionBench.Latency session = measured.session();
            String clients = "suggestions, " + measured.clients() + " clients, " + count(skill.requests())
                    + " requests each";
            row(clients, "`?skill=` (one of the learner's) p50 / p95", ms(skill.p50()) + " / " + ms(skill.p95()), ms(
                    session.p50()) + " / " + ms(session.p95()), ratio(skill.p50(), session.p50()) + " / "
                            + ratio(skill
                                    .p95(), session.p95()),
                    "");
            row("", "`?skill=` p99", ms(skill.p99()), ms(session.p99()), ratio(skill.p99(), session.p99()),
                    "< 20 ms: " + (skill.p99().toNanos() < 20_000_000 ? "met" : "**not met**"));
            row("", "`?skill=` throughput", rate(skill.perSecond()), rate(session.perSecond()), ratio(skill
                    .perSecond(), session.perSecond()), "");
            row("", "without `skill` (all the learner's) p50 / p95 / p99", ms(all.p50()) + " / " + ms(all.p95())
                    + " / " + ms(all.p99()), ms(session.p50()) + " / " + ms(session.p95()) + " / " + ms(session.p99()),
                    ratio(all.p50(), session.p50()) + " / " + ratio(all.p95(), session.p95()) + " / " + ratio(all
                            .p99(), session.p99()),
                    "");
            row("", "without `skill` throughput", rate(all.perSecond()), rate(session.perSecond()), ratio(all
                    .perSecond(), session.perSecond()), "");
            row("", "suggestions an answer (mean); answers with 10", String.format(Locale.ROOT, "%.1f; %d / %d",
                    skill.meanAnswered(), skill.full(), skill.requests())
                    + String.format(Locale.ROOT,
                            " (all skills: %.1f; %d)", all.meanAnswered(), all.full()),
                    "", "", "");
        }
        SuggestionBench.InProcess inProcess = suggestion.inProcess();
        if (inProcess != null) {
            rankingRows("ranking in process, one thread (baseline: the plain way, every related sharer scored and"
                    + " sorted)", "`?skill=`", inProcess.skill(), true);
            rankingRows("", "without `skill`", inProcess.allSkills(), false);
        }
    }

    private void rankingRows(String run, String kind, SuggestionRankingBench.Figures figures, boolean goal) {
        row(run, kind + " p50 / p95 / p99 (" + count(figures.requests()) + " rankings, each the plain way's answer)",
                ms(figures.p50()) + " / " + ms(figures.p95()) + " / " + ms(figures.p99()), ms(figures.plainP50())
                        + " / " + ms(figures.plainP95()) + " / " + ms(figures.plainP99()),
                ratio(figures.p50(), figures.plainP50()) + " / " + ratio(figures.p95(), figures.plainP95()) + " / "
                        + ratio(figures.p99(), figures.plainP99()),
                goal ? "< 20 ms: " + (figures.p99().toNanos() < 20_000_000 ? "met" : "**not met**") : "");
        row("", kind + " candidates through the filters (mean)", String.format(Locale.ROOT, "%.0f",
                figures.meanCandidates()), "", "", "");
    }

    private void suggestionNotes(SuggestionBench.Results suggestion) {
        SuggestionBench.Population population = suggestion.population();
        StringBuilder regions = new StringBuilder();
        population.regions().forEach((region, n) -> regions.append(regions.isEmpty() ? "" : ", ").append(region)
                .append(String.format(Locale.ROOT, " %.0f %%", 100.0 * n / population.profiles())));
        SuggestionBench.Rebuild rebuild = suggestion.rebuild();
        line("Suggestion population (seed " + suggestion.sizes().seed() + "): " + count(population.profiles())
                + " public profiles (published in " + millis(rebuild.seeding()) + "), " + count(population.available())
                + " available for 1:1 (1–5 places), " + count(population.sharers()) + " of them sharing a skill; "
                + regions + ". The most wanted skill " + population.mostWanted() + " has " + count(population
                        .mostWantedSharers())
                + " available sharers (exact). Matching's tables: " + count(population.connections())
                + " connections (half accepted, a fifth scheduled, a fifth requested, a tenth declined) and "
                + count(population.sharerRows()) + " sharer rows (3 % paused, 2 % away). Learners drawn at random"
                + " from the population, `limit=10`, `Accept-Language` their first language; latency from sending to"
                + " the whole body, after a warm-up of " + count(suggestion.sizes().warmUp()) + " requests of each kind.");
    }

    private void write(Results results, String machine) {
        BenchSettings settings = results.settings();
        Delivered reminders = results.reminders();
        Delivered baseline = results.baseline();
        Delivered confirmations = results.confirmations();
        int n = settings.reminders();
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

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String assigned(int assigned, int of) {
        return String.format(Locale.ROOT, "%,d (%.1f %%)", assigned, of == 0 ? 0 : 100.0 * assigned / of);
    }

    private static double mean(Solved solved) {
        return solved.assigned() == 0 ? 0 : (double) solved.result().totalScore() / solved.assigned();
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%,.0f ms", duration.toNanos() / 1e6);
    }

    private static String ms(Duration duration) {
        return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
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
