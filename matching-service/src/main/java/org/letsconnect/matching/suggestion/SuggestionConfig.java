package org.letsconnect.matching.suggestion;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * How suggestions are scored and filtered ({@code letsconnect.matching.suggestions.*}). The weights are the most
 * points each component can give; by default they add up to 1000, the highest score.
 */
@ConfigMapping(prefix = "letsconnect.matching.suggestions")
public interface SuggestionConfig {

    /** The most points each component of the score can give. */
    Weights weights();

    /** How much of the skill's weight a related skill earns, in percent (the exact skill earns all of it). */
    SkillRelations skill();

    /** How well a language is spoken at each level, in percent; a shared language counts its lower side. */
    LanguageLevels languageLevels();

    /** The hours of the day people are taken to be awake, in their own time zone. */
    WakingHours wakingHours();

    /**
     * Regions whose sharers earn the region bonus: by default the regions the programme wants more sharers from (the
     * same list as clinic-service's reports: every region but Northern and Western Europe and the United States and
     * Canada).
     */
    @WithDefault("sub-saharan-africa,middle-east-north-africa,south-asia,east-southeast-asia-pacific,central-eastern-europe-central-asia,latin-america-caribbean")
    List<String> underrepresentedRegions();

    /** Suggestions answered when the caller names no limit. */
    @WithDefault("10")
    int defaultLimit();

    /** The most suggestions one request may ask for. */
    @WithDefault("50")
    int maxLimit();

    /**
     * How often every replica reads the sharers' standings again ({@link SharerStandings}): the longest a sharer who
     * paused, was set away or took their last place may still be suggested.
     */
    @WithDefault("PT2S")
    Duration standingsRefresh();

    interface Weights {
        /** The wanted skill, or one related to it through the taxonomy. */
        @WithDefault("350")
        int skill();

        /** The best language both speak, by the levels on each side. */
        @WithDefault("250")
        int language();

        /** The weekly hours both are awake at once. */
        @WithDefault("150")
        int wakingOverlap();

        /** The share of the sharer's declared capacity still free. */
        @WithDefault("100")
        int load();

        /** A sharer from one of {@link SuggestionConfig#underrepresentedRegions()}. */
        @WithDefault("50")
        int region();

        /** Requests answered rather than left to expire (a new sharer gets half). */
        @WithDefault("100")
        int responsiveness();
    }

    interface SkillRelations {
        /** The sharer shares a more specific skill under the wanted one (wanted Wikidata, shares SPARQL). */
        @WithDefault("75")
        int narrower();

        /** The sharer shares a broader skill the wanted one is part of (wanted SPARQL, shares Wikidata). */
        @WithDefault("60")
        int broader();

        /** The sharer shares a skill with the same parent (wanted SPARQL, shares data modelling). */
        @WithDefault("40")
        int sibling();
    }

    interface LanguageLevels {
        @WithName("native")
        @WithDefault("100")
        int nativeLevel();

        @WithDefault("90")
        int advanced();

        @WithDefault("60")
        int intermediate();

        @WithDefault("30")
        int basic();
    }

    interface WakingHours {
        /** When the waking day starts, local time. */
        @WithDefault("08:00")
        LocalTime from();

        /** When it ends, local time (earlier than {@code from}: the day ends after midnight). */
        @WithDefault("22:00")
        LocalTime to();
    }
}
