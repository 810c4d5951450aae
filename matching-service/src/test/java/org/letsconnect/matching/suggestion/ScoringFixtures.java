package org.letsconnect.matching.suggestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.matching.candidate.Candidate;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Configuration and people for the scorer's and the filter's unit tests. */
final class ScoringFixtures {

    /** Taxonomy codes: Technology › Wikidata › SPARQL, data modelling; Social › Mentoring. */
    static final String TECHNOLOGY = "Q11016";
    static final String WIKIDATA = "Q2013";
    static final String SPARQL = "Q54871";
    static final String DATA_MODELLING = "Q1172480";
    static final String MENTORING = "Q1341279";

    private ScoringFixtures() {
    }

    /** The configuration as the service reads it: the mapping's defaults, with these keys overridden. */
    static SuggestionConfig config(Map<String, String> overrides) {
        return new SmallRyeConfigBuilder().withMapping(SuggestionConfig.class)
                .withSources(new PropertiesConfigSource(overrides, "test", 500)).build()
                .getConfigMapping(SuggestionConfig.class);
    }

    static SuggestionConfig defaults() {
        return config(Map.of());
    }

    /** Languages as code, level, code, level … */
    static List<LanguageSkill> speaks(String... codesAndLevels) {
        List<LanguageSkill> languages = new ArrayList<>();
        for (int i = 0; i + 1 < codesAndLevels.length; i += 2) {
            languages.add(new LanguageSkill(codesAndLevels[i], codesAndLevels[i + 1]));
        }
        return languages;
    }

    static Candidate learner(String timeZone, List<LanguageSkill> languages, String... toLearn) {
        String id = UUID.randomUUID().toString();
        return new Candidate(id, "s-" + id, "Learner", "Learner", "sub-saharan-africa", "NG", timeZone, languages,
                Set.of(), Set.of(toLearn), List.of(), false, 0, "public", Instant.now());
    }

    static Candidate sharer(String region, String timeZone, List<LanguageSkill> languages, int maxConnections,
            String... toShare) {
        String id = UUID.randomUUID().toString();
        return new Candidate(id, "s-" + id, "Sharer", "Sharer", region, null, timeZone, languages, Set.of(toShare),
                Set.of(), List.of(), maxConnections > 0, maxConnections, "public", Instant.now());
    }
}
