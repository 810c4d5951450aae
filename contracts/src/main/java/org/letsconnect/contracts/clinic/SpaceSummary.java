package org.letsconnect.contracts.clinic;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A learning space's public summary: the data of {@code space.created.v1} and {@code space.updated.v1}.
 * Never carries the meeting link.
 *
 * @param spaceId the space's id (UUID); also the Kafka record key
 * @param format {@code learning-clinic}, {@code connectathon}, {@code learning-circle}, {@code local-implementation}
 * @param titles title per Wikimedia language code
 * @param descriptions description per Wikimedia language code
 * @param skills taxonomy codes taught (Wikidata item ids)
 * @param sessionLanguage the language the session is held in
 * @param interpretationLanguages languages interpreted into
 * @param regionFocus a region code (see registry {@code Regions}), nullable
 * @param startsAt start instant (UTC)
 * @param endsAt end instant (UTC)
 * @param timeZone IANA zone the space was planned in
 * @param capacity places (0 = unlimited)
 * @param sharers participant ids of the sharers
 * @param liaisons participant ids of the liaisons
 * @param seriesId the series it belongs to, nullable
 * @param state the lifecycle state, see {@link SpaceStates}
 */
public record SpaceSummary(String spaceId, String format, Map<String, String> titles,
        Map<String, String> descriptions, List<String> skills, String sessionLanguage,
        List<String> interpretationLanguages, String regionFocus, Instant startsAt, Instant endsAt, String timeZone,
        int capacity, List<String> sharers, List<String> liaisons, String seriesId, String state) {

    public static final String LEARNING_CLINIC = "learning-clinic";
    public static final String CONNECTATHON = "connectathon";
    public static final String LEARNING_CIRCLE = "learning-circle";
    public static final String LOCAL_IMPLEMENTATION = "local-implementation";
    public static final List<String> FORMATS = List.of(LEARNING_CLINIC, CONNECTATHON, LEARNING_CIRCLE,
            LOCAL_IMPLEMENTATION);
}
