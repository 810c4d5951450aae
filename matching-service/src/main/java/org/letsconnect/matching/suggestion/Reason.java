package org.letsconnect.matching.suggestion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reason for a suggestion's score: a stable code, its parameters (in the order the message's {@code $1, $2 …}
 * take them) and the points it gave. Put into words by {@link ReasonTexts}.
 */
public record Reason(String code, Map<String, Object> params, int points) {

    /** The skill wanted is the one shared: {@code skill}. */
    public static final String SKILL_EXACT = "skill-exact";
    /** A related skill is shared: {@code skill}, {@code via} (the shared one), {@code relation}. */
    public static final String SKILL_RELATED = "skill-related";
    /** The best common language: {@code language}, {@code learnerLevel}, {@code sharerLevel}. */
    public static final String LANGUAGES = "languages";
    /** Weekly hours both are awake: {@code hours}. */
    public static final String WAKING_OVERLAP = "waking-overlap";
    /** A time zone is missing or unknown: half the overlap's points. */
    public static final String WAKING_OVERLAP_UNKNOWN = "waking-overlap-unknown";
    /** The sharer's load: {@code active}, {@code capacity}. */
    public static final String LOAD = "load";
    /** The sharer is from an underrepresented region: {@code region}. */
    public static final String REGION_PREFERENCE = "region-preference";
    /** The sharer's record of requests: {@code answered}, {@code expired}. */
    public static final String RESPONSIVE = "responsive";
    /** No request answered or let expire yet: half the responsiveness points. */
    public static final String NEW_SHARER = "new-sharer";

    public Reason {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    static Reason of(String code, int points, Object... namesAndValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Reason(code, params, points);
    }
}
