package org.letsconnect.matching.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.letsconnect.contracts.matching.ConnectionStates;
import org.letsconnect.matching.candidate.Candidate;
import org.letsconnect.matching.candidate.CandidateIndex;
import org.letsconnect.matching.connection.SharerLoads;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Demand and supply per skill, for organizers planning the next Clinic: who wants to learn what (from the profiles in
 * the candidate index), who can share it with a free place (the index and the active connections), and how many
 * requests wait. The skills most wanted and least offered come first.
 */
@ApplicationScoped
public class SkillInsights {

    private static final String WAITING = """
            select skill, cast(learner_id as text) from connection where state in (:open, :requested, :proposed)""";
    private static final String UNKNOWN_REGION = "unknown";

    private final CandidateIndex index;
    private final SharerLoads sharerLoads;

    public SkillInsights(CandidateIndex index, SharerLoads sharerLoads) {
        this.index = index;
        this.sharerLoads = sharerLoads;
    }

    /**
     * Every skill someone wants, shares or waits for, among the people {@code counted} keeps (by region, language),
     * largest shortfall first, then most wanted, then by code.
     */
    @WithSession
    public Uni<List<SkillDemand>> demand(Predicate<Candidate> counted) {
        return sharerLoads.all().flatMap(loads -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(WAITING, Object[].class)
                        .setParameter("open", ConnectionStates.OPEN)
                        .setParameter("requested", ConnectionStates.REQUESTED)
                        .setParameter("proposed", ConnectionStates.PROPOSED)
                        .getResultList()
                        .map(waiting -> count(counted, loads, waiting))));
    }

    private List<SkillDemand> count(Predicate<Candidate> counted, Map<String, SharerLoads.Load> loads,
            List<Object[]> waiting) {
        Map<String, Tally> tallies = new HashMap<>();
        for (Candidate person : index.all()) {
            if (!counted.test(person)) {
                continue;
            }
            String region = region(person);
            for (String skill : person.skillsToLearn()) {
                tallies.computeIfAbsent(skill, Tally::new).region(region).wanting++;
            }
            if (person.sharesConnections()) {
                SharerLoads.Load load = loads.get(person.participantId());
                boolean free = (load == null ? 0 : load.active()) < person.maxConnections();
                for (String skill : person.skillsToShare()) {
                    Tally.Region figures = tallies.computeIfAbsent(skill, Tally::new).region(region);
                    figures.sharing++;
                    if (free) {
                        figures.free++;
                    }
                }
            }
        }
        for (Object[] row : waiting) {
            String skill = (String) row[0];
            index.byId((String) row[1]).filter(counted)
                    .ifPresent(learner -> tallies.computeIfAbsent(skill, Tally::new).region(region(learner)).waiting++);
        }
        List<SkillDemand> demand = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            demand.add(tally.demand());
        }
        demand.sort(Comparator.comparingInt(SkillDemand::shortfall).reversed()
                .thenComparing(Comparator.comparingInt(SkillDemand::wanting).reversed())
                .thenComparing(SkillDemand::skill));
        return demand;
    }

    private static String region(Candidate person) {
        return person.region() == null ? UNKNOWN_REGION : person.region();
    }

    /** Counting one skill, per region. */
    private static final class Tally {
        final String skill;
        final Map<String, Region> regions = new TreeMap<>();

        Tally(String skill) {
            this.skill = skill;
        }

        Region region(String region) {
            return regions.computeIfAbsent(region, r -> new Region());
        }

        SkillDemand demand() {
            int wanting = 0;
            int sharing = 0;
            int free = 0;
            int waiting = 0;
            Map<String, SkillDemand.Figures> byRegion = new TreeMap<>();
            for (Map.Entry<String, Region> entry : regions.entrySet()) {
                Region r = entry.getValue();
                wanting += r.wanting;
                sharing += r.sharing;
                free += r.free;
                waiting += r.waiting;
                byRegion.put(entry.getKey(), new SkillDemand.Figures(r.wanting, r.sharing, r.free, r.waiting));
            }
            return new SkillDemand(skill, wanting, sharing, free, waiting, wanting + waiting - free, byRegion);
        }

        static final class Region {
            int wanting;
            int sharing;
            int free;
            int waiting;
        }
    }
}
