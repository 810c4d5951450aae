package org.letsconnect.clinic.space;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.EventType;
import org.letsconnect.contracts.clinic.MilestoneDue;
import org.letsconnect.platform.outbox.OutboxWriter;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Announces preparation milestones (milestone.due.v1) so reminders can go out: once when one comes within
 * {@code announce-days-ahead} of its due date, once more when it is overdue. Dates are judged in the zone the
 * space is planned in. Each announcement is marked in the same transaction as its outbox row, so a pass that
 * runs twice (or on two replicas, through the row locks) announces nothing twice. {@link MilestoneSchedule} runs the
 * passes.
 */
@ApplicationScoped
public class MilestoneAnnouncer {

    private static final String PENDING = """
            select m.* from milestone m join space s on s.id = m.space_id
            where m.done_at is null
              and s.state in ('proposed', 'in-preparation', 'open-for-registration', 'rescheduled')
              and ((m.announced_at is null and m.due_on <= :horizon) or (m.overdue_announced_at is null and m.due_on < :today))
            order by m.due_on
            limit 200
            for update of m skip locked""";

    private final OutboxWriter outbox;
    private final MilestoneConfig config;
    private final Clock clock;

    public MilestoneAnnouncer(OutboxWriter outbox, MilestoneConfig config, Clock clock) {
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** One pass; how many announcements went out. Dates compared with a day's slack and re-judged per zone. */
    @WithTransaction
    public Uni<Integer> announceDue() {
        Instant now = clock.instant();
        // the widest "today" on Earth (UTC+14) bounds the query; each space's own zone decides below
        LocalDate latestToday = LocalDate.ofInstant(now, ZoneId.of("Pacific/Kiritimati"));
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery(PENDING, Milestone.class)
                .setParameter("horizon", latestToday.plusDays(config.announceDaysAhead()))
                .setParameter("today", latestToday)
                .getResultList())
                .flatMap(milestones -> Multi.createFrom().iterable(milestones)
                        .onItem().transformToUniAndConcatenate(milestone -> announce(milestone, now))
                        .collect().asList())
                .map(results -> (int) results.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> announce(Milestone milestone, Instant now) {
        return Space.<Space> findById(milestone.spaceId).flatMap(space -> {
            LocalDate today = LocalDate.ofInstant(now, ZoneId.of(space.timeZone));
            boolean overdue = milestone.dueOn.isBefore(today);
            boolean due = !milestone.dueOn.isAfter(today.plusDays(config.announceDaysAhead()));
            MilestoneDue announcement = null;
            if (overdue && milestone.overdueAnnouncedAt == null) {
                milestone.overdueAnnouncedAt = now;
                if (milestone.announcedAt == null) {
                    milestone.announcedAt = now;
                }
                announcement = new MilestoneDue(space.id.toString(), milestone.code, milestone.dueOn, true);
            } else if (due && !overdue && milestone.announcedAt == null) {
                milestone.announcedAt = now;
                announcement = new MilestoneDue(space.id.toString(), milestone.code, milestone.dueOn, false);
            }
            if (announcement == null) {
                return Uni.createFrom().item(false);
            }
            return outbox.append(EventType.MILESTONE_DUE, announcement).replaceWith(true);
        });
    }
}
