package org.letsconnect.clinic.space;

import java.util.ArrayList;
import java.util.List;

import org.letsconnect.contracts.clinic.SpaceStates;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * The HQL for a space list. Participants see published spaces and the ones they prepare; organizers see all.
 * Array filters use PostgreSQL's {@code array_contains} through Hibernate's function.
 */
record SpaceQuery(String where, Parameters parameters, Sort sort) {

    static SpaceQuery of(SpaceFilter filter, boolean organizer, String participantId) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!organizer) {
            parameters.and("published", List.of(SpaceStates.OPEN_FOR_REGISTRATION, SpaceStates.RESCHEDULED,
                    SpaceStates.LIVE, SpaceStates.COMPLETED, SpaceStates.ARCHIVED, SpaceStates.CANCELLED));
            if (participantId == null) {
                conditions.add("state in :published");
            } else {
                conditions.add("(state in :published or array_contains(sharers, :me) or array_contains(liaisons, :me))");
                parameters.and("me", participantId);
            }
        }
        if (filter.format() != null) {
            conditions.add("format = :format");
            parameters.and("format", filter.format());
        }
        if (filter.state() != null) {
            conditions.add("state = :state");
            parameters.and("state", filter.state());
        }
        if (filter.skill() != null) {
            conditions.add("array_contains(skills, :skill)");
            parameters.and("skill", filter.skill());
        }
        if (filter.language() != null) {
            conditions.add("(sessionLanguage = :language or array_contains(interpretationLanguages, :language))");
            parameters.and("language", filter.language());
        }
        if (filter.region() != null) {
            conditions.add("regionFocus = :region");
            parameters.and("region", filter.region());
        }
        if (filter.from() != null) {
            conditions.add("endsAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("startsAt < :to");
            parameters.and("to", filter.to());
        }
        if (filter.series() != null) {
            conditions.add("seriesId = :series");
            parameters.and("series", filter.series());
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return new SpaceQuery(where, parameters, Sort.by("startsAt").and("id"));
    }
}
