package org.letsconnect.clinic.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;
import org.letsconnect.clinic.space.Space;
import org.letsconnect.clinic.space.SpaceAccessPolicy;
import org.letsconnect.platform.problem.ProblemException;
import org.letsconnect.platform.security.Caller;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Counts for reports, straight from the tables in SQL (aggregates only: no names leave this class). An attendee
 * is "registered" when the reconciliation linked them to one of the space's registrations, or when they are a
 * directory participant with a registration for the space; unmatched attendees count as unregistered.
 */
@ApplicationScoped
public class ReportService {

    /**
     * Attendees (the {@code attendee} view: attendance rows without the meetings' hosts) of the spaces in {@code scope},
     * each with whether the person was expected: registered, or one
     * of the space's sharers and liaisons (who come without registering and are not the unregistered audience).
     */
    private static final String ATTENDANCE = """
            attended as (
                select a.space_id, a.participant_id, a.status, a.minutes, a.stayed_past_90_minutes,
                       (a.registration_id is not null
                        or coalesce(cast(a.participant_id as varchar) = any(s.sharers || s.liaisons), false)
                        or exists (
                           select 1 from registration r
                           where r.space_id = a.space_id and r.participant_id = a.participant_id
                             and r.status <> 'cancelled')) as registered
                from attendee a join scope on scope.id = a.space_id join space s on s.id = a.space_id)
            """;

    private static final String SHOWED_UP = """
            select count(*) filter (where r.status = 'confirmed'),
                   count(*) filter (where r.status = 'confirmed' and exists (
                       select 1 from attendee a
                       where a.space_id = r.space_id
                         and (a.registration_id = r.id or (r.participant_id is not null and a.participant_id = r.participant_id))))
            from registration r join scope on scope.id = r.space_id
            """;

    private static final String HELD = """
            scope as (select id, format, session_language, interpretation_languages, sharers from space
                      where starts_at >= :from and starts_at < :to and state in ('live', 'completed', 'archived'))
            """;

    private static final String ONE = "scope as (select id from space where id = :space)\n";

    private final SpaceAccessPolicy spaces;
    private final ReportConfig config;
    private final Clock clock;

    public ReportService(SpaceAccessPolicy spaces, ReportConfig config, Clock clock) {
        this.spaces = spaces;
        this.config = config;
        this.clock = clock;
    }

    /** One space's report: for organizers and those who prepare the space. */
    @WithSession
    public Uni<SpaceReport> space(Caller caller, UUID id) {
        return spaces.forPreparers(caller, id, "clinic-report-organizers-only")
                .flatMap(found -> Panache.getSession().flatMap(session -> spaceReport(session, found.space())));
    }

    private Uni<SpaceReport> spaceReport(Mutiny.Session session, Space space) {
        Map<String, Object> p = Map.of("space", space.id);
        SpaceFigures found = new SpaceFigures();
        // one Hibernate Reactive session runs one statement at a time: one query after the other
        return single(session, """
                select count(*) filter (where status = 'confirmed'), count(*) filter (where status = 'waitlisted'),
                       count(*) filter (where status = 'cancelled'), count(*) filter (where guest and status <> 'cancelled')
                from registration where space_id = :space""", p).invoke(row -> found.registrations = row)
                .chain(() -> single(session, "with " + ONE + ", " + ATTENDANCE + """
                        select count(*), count(*) filter (where registered), count(*) filter (where status <> 'matched'),
                               count(*) filter (where stayed_past_90_minutes), avg(minutes)
                        from attended""", p)).invoke(row -> found.attendance = row)
                .chain(() -> single(session, "with " + ONE + SHOWED_UP, p)).invoke(row -> found.showedUp = row)
                .chain(() -> counts(session, """
                        select coalesce(d.region, 'unknown'), count(*)
                        from attendee a left join directory_participant d on d.participant_id = a.participant_id
                        where a.space_id = :space group by 1 order by 2 desc, 1""", p, String::valueOf))
                .invoke(counts -> found.byRegion = counts)
                .chain(() -> counts(session, """
                        select case when a.participant_id is null then 'unknown'
                                    when exists (select 1 from attendee earlier join space s2 on s2.id = earlier.space_id
                                                 where earlier.participant_id = a.participant_id
                                                   and earlier.space_id <> a.space_id and s2.starts_at < s.starts_at)
                                    then 'returning' else 'newcomer' end, count(*)
                        from attendee a join space s on s.id = a.space_id
                        where a.space_id = :space group by 1 order by 1""", p, String::valueOf))
                .invoke(counts -> found.byExperience = counts)
                .chain(() -> counts(session,
                        "select usefulness, count(*) from feedback where space_id = :space group by 1 order by 1", p,
                        String::valueOf))
                .invoke(counts -> found.ratings = counts)
                .chain(() -> counts(session, """
                        select skill, count(*) from feedback f, unnest(f.want_more_of_skills) skill
                        where f.space_id = :space group by 1 order by 2 desc, 1 limit 5""", p, String::valueOf))
                .invoke(counts -> found.wantedSkills = counts)
                .chain(() -> single(session, """
                        select count(*), count(*) filter (where state in ('accepted', 'scheduled', 'completed')),
                               count(*) filter (where state = 'completed')
                        from follow_up where space_id = :space""", p)).invoke(row -> found.followUps = row)
                .map(ignored -> found.report(space));
    }

    /** What the queries of one space's report found, as they come in. */
    private static final class SpaceFigures {
        Object[] registrations;
        Object[] attendance;
        Object[] showedUp;
        Map<String, Long> byRegion;
        Map<String, Long> byExperience;
        Map<String, Long> ratings;
        Map<String, Long> wantedSkills;
        Object[] followUps;

        SpaceReport report(Space space) {
            Object[] r = registrations;
            Object[] a = attendance;
            Object[] s = showedUp;
            long attendees = n(a[0]);
            var registrationCounts = new SpaceReport.Registrations(n(r[0]), n(r[1]), n(r[2]), n(r[3]));
            var attendanceCounts = new SpaceReport.Attendance(attendees, n(a[1]), attendees - n(a[1]),
                    n(a[2]), n(a[3]), a[4] == null ? null : round(((Number) a[4]).doubleValue()));
            Double showUpRate = attendees == 0 || n(s[0]) == 0 ? null : ratio(n(s[1]), n(s[0]));
            Double retention = attendees == 0 ? null : ratio(n(a[3]), attendees);
            return new SpaceReport(space.id.toString(), space.state, registrationCounts, attendanceCounts,
                    showUpRate, retention, feedback(ratings, wantedSkills), byRegion, byExperience,
                    new SpaceReport.FollowUps(n(followUps[0]), n(followUps[1]), n(followUps[2])));
        }
    }

    /** The programme over [from, to) (dates in UTC); by default the last {@code default-period-days}. */
    @WithSession
    public Uni<ProgrammeReport> programme(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        LocalDate start = from != null ? from : end.minusDays(config.defaultPeriodDays());
        if (!start.isBefore(end)) {
            throw ProblemException.invalidField("to", "clinic-field-period-backwards");
        }
        Map<String, Object> p = Map.of("from", start.atStartOfDay(ZoneOffset.UTC).toInstant(),
                "to", end.atStartOfDay(ZoneOffset.UTC).toInstant());
        return Panache.getSession().flatMap(session -> programmeFigures(session, p))
                .map(found -> found.report(start, end, config.underrepresentedRegions()));
    }

    private static Uni<ProgrammeFigures> programmeFigures(Mutiny.Session session, Map<String, Object> p) {
        ProgrammeFigures found = new ProgrammeFigures();
        // one Hibernate Reactive session runs one statement at a time: one query after the other
        return counts(session, "with " + HELD + "select format, count(*) from scope group by 1 order by 1", p,
                String::valueOf).invoke(counts -> found.byFormat = counts)
                .chain(() -> single(session, """
                        select count(*) from space where starts_at >= :from and starts_at < :to and state = 'cancelled'
                        """, p)).invoke(row -> found.cancelled = row)
                .chain(() -> single(session, "with " + HELD + ", " + ATTENDANCE + """
                        select count(distinct space_id), count(*), count(distinct participant_id),
                               count(*) filter (where not registered)
                        from attended""", p)).invoke(row -> found.attendance = row)
                .chain(() -> single(session, "with " + HELD + SHOWED_UP, p)).invoke(row -> found.showedUp = row)
                .chain(() -> counts(session, "with " + HELD + """
                        select d.region, count(distinct a.participant_id)
                        from attendee a join scope on scope.id = a.space_id
                        join directory_participant d on d.participant_id = a.participant_id
                        where d.region is not null group by 1 order by 2 desc, 1""", p, String::valueOf))
                .invoke(counts -> found.byRegion = counts)
                .chain(() -> counts(session, "with " + HELD + """
                        select language, count(distinct scope.id)
                        from scope, unnest(array_append(scope.interpretation_languages, scope.session_language)) language
                        group by 1 order by 2 desc, 1""", p, String::valueOf))
                .invoke(counts -> found.byLanguage = counts)
                .chain(() -> counts(session, "with " + HELD + """
                        , sharer as (select distinct unnest(sharers) as participant_id from scope)
                        select coalesce(d.region, 'unknown'), count(*)
                        from sharer left join directory_participant d on cast(d.participant_id as text) = sharer.participant_id
                        group by 1""", p, String::valueOf))
                .invoke(counts -> found.sharerRegions = counts)
                .replaceWith(found);
    }

    /** What the queries of the programme report found, as they come in. */
    private static final class ProgrammeFigures {
        Map<String, Long> byFormat;
        Object[] cancelled;
        Object[] attendance;
        Object[] showedUp;
        Map<String, Long> byRegion;
        Map<String, Long> byLanguage;
        Map<String, Long> sharerRegions;

        ProgrammeReport report(LocalDate start, LocalDate end, List<String> underrepresentedRegions) {
            Object[] a = attendance;
            Object[] s = showedUp;
            long held = byFormat.values().stream().mapToLong(Long::longValue).sum();
            long withAttendance = n(a[0]);
            long attendances = n(a[1]);
            long knownSharers = sharerRegions.entrySet().stream().filter(e -> !"unknown".equals(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            long underrepresented = sharerRegions.entrySet().stream()
                    .filter(e -> underrepresentedRegions.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            long allSharers = sharerRegions.values().stream().mapToLong(Long::longValue).sum();
            return new ProgrammeReport(start, end, held, byFormat, n(cancelled[0]), withAttendance, attendances,
                    n(a[2]), withAttendance == 0 ? null : round((double) attendances / withAttendance),
                    attendances == 0 ? null : ratio(n(a[3]), attendances),
                    n(s[0]) == 0 || attendances == 0 ? null : ratio(n(s[1]), n(s[0])), byRegion,
                    byRegion.size(), byLanguage, byLanguage.size(), allSharers,
                    knownSharers == 0 ? null : ratio(underrepresented, knownSharers), underrepresentedRegions);
        }
    }

    private static SpaceReport.Feedback feedback(Map<String, Long> ratings, Map<String, Long> skills) {
        Map<Integer, Long> histogram = new TreeMap<>();
        for (int rating = 1; rating <= 5; rating++) {
            histogram.put(rating, ratings.getOrDefault(String.valueOf(rating), 0L));
        }
        long answers = histogram.values().stream().mapToLong(Long::longValue).sum();
        long total = histogram.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
        List<SpaceReport.WantedSkill> wanted = new ArrayList<>();
        skills.forEach((skill, count) -> wanted.add(new SpaceReport.WantedSkill(skill, count)));
        return new SpaceReport.Feedback(answers, answers == 0 ? null : round((double) total / answers), histogram,
                wanted);
    }

    private static Uni<Object[]> single(Mutiny.Session session, String sql, Map<String, Object> parameters) {
        // a one-column row comes back as the value itself, not as an array
        Mutiny.SelectionQuery<Object> query = session.createNativeQuery(sql, Object.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult().map(row -> row instanceof Object[] columns ? columns : new Object[] { row });
    }

    private static Uni<Map<String, Long>> counts(Mutiny.Session session, String sql, Map<String, Object> parameters,
            Function<Object, String> key) {
        var query = session.createNativeQuery(sql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList().map(rows -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Object[] row : rows) {
                counts.put(key.apply(row[0]), n(row[1]));
            }
            return counts;
        });
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double ratio(long part, long whole) {
        return round((double) part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
