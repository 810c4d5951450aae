package org.letsconnect.matching.suggestion;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.matching.candidate.Candidate;

/**
 * Scores a sharer for a learner and a wanted skill, from 0 to 1000 with the default weights (integers, so that a round
 * solver can use them as costs), and says why. Pure: the profiles, the sharer's standing and the week are all it reads.
 *
 * <p>
 * The score is the sum of six components, each at most its weight ({@link SuggestionConfig.Weights}):
 * <ul>
 * <li><b>skill</b>: all of it for the exact skill, a share for a narrower, broader or sibling skill; a sharer of no
 * related skill is no candidate;</li>
 * <li><b>language</b>: the best language both speak, by its weaker side's level ({@link LanguageMatch});</li>
 * <li><b>waking overlap</b>: the weekly hours both are awake over the whole week's possible hours
 * ({@link WakingOverlap}); half when a time zone is unknown;</li>
 * <li><b>region</b>: the whole bonus for a sharer from an underrepresented region;</li>
 * <li><b>load</b>: the share of the sharer's capacity still free;</li>
 * <li><b>responsiveness</b>: (answered + 1) / (answered + expired + 2), so a new sharer gets half and each
 * expired request costs more while the record is short.</li>
 * </ul>
 * The first four need only the profiles ({@link LearnerPrescores#prescore}); the last two the sharer's standing
 * ({@link #total}, {@link #complete}), so that a ranking can tell when a whole bucket of the index cannot reach its
 * answer ({@link LearnerPrescores#mostFor}, {@link #mostFromStanding}).
 */
@ApplicationScoped
public class SuggestionScorer {

    private final SuggestionConfig config;
    private final SkillTree tree;
    private final WakingOverlap waking;
    private final Set<String> preferredRegions;
    private final long wholeWeek;
    private final Map<String, RelatedSkills> related = new ConcurrentHashMap<>();
    /** Zone ids as profiles spell them, parsed once (a few hundred at most); empty for an unknown id. */
    private final Map<String, Optional<ZoneId>> zones = new ConcurrentHashMap<>();

    @Inject
    public SuggestionScorer(SuggestionConfig config) {
        this(config, SkillTree.standard());
    }

    public SuggestionScorer(SuggestionConfig config, SkillTree tree) {
        this.config = config;
        this.tree = tree;
        this.waking = new WakingOverlap(config.wakingHours().from(), config.wakingHours().to());
        this.preferredRegions = Set.copyOf(config.underrepresentedRegions());
        this.wholeWeek = waking.wholeWeek().toMinutes();
    }

    /**
     * The part of a score the index alone decides: skill, language, waking overlap and region. Only points and what
     * they came from: the reasons are written by {@link #complete} for the few candidates that make it that far.
     *
     * @param language the best common language, or null
     * @param wakingMinutes the weekly minutes both are awake, or -1 when a time zone is unknown
     * @param preferredRegion whether the sharer's region earns the bonus
     */
    public record Prescore(Candidate sharer, String skill, String sharedSkill, SkillRelation relation,
            LanguageMatch language, long wakingMinutes, boolean preferredRegion, int points) {
    }

    /**
     * The whole score of a sharer for a learner and a skill, in the week starting {@code week}'s Monday (UTC); empty if
     * the sharer shares nothing related to the skill. Filters ({@link SuggestionFilter}) are not applied here.
     */
    public Optional<Suggestion> score(Candidate learner, Candidate sharer, String skill, SharerStanding standing,
            LocalDate week) {
        RelatedSkills related = related(skill);
        int rank = related.bestRankOf(sharer);
        if (rank == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        Prescore prescore = forLearner(learner, week).prescore(sharer, skill, related.code(rank), related.relation(rank));
        return Optional.of(complete(prescore, standing));
    }

    /** The skills related to a wanted one, in the order a sharer's best is chosen; kept per skill. */
    public RelatedSkills related(String skill) {
        return related.computeIfAbsent(skill, code -> RelatedSkills.of(tree, code));
    }

    /**
     * The prescores of one ranking: one learner, one week. Keeps the weekly overlap per zone the sharers give (a few
     * dozen in a ranking of thousands), so a ranking reads the shared cache once per zone rather than once per sharer.
     * Not thread-safe: one ranking, one thread.
     */
    public LearnerPrescores forLearner(Candidate learner, LocalDate week) {
        return new LearnerPrescores(learner, week);
    }

    /** See {@link #forLearner(Candidate, LocalDate)}. */
    public final class LearnerPrescores {

        private final Candidate learner;
        private final LocalDate week;
        private final ZoneId learnerZone;
        private final Map<String, Long> minutesByZone = new HashMap<>();

        private LearnerPrescores(Candidate learner, LocalDate week) {
            this.learner = learner;
            this.week = week;
            this.learnerZone = zone(learner.timeZone());
        }

        /**
         * The prescore of a sharer through {@code shared}, one of their skills, related to the wanted {@code skill} by
         * {@code relation} (the best of their skills' relations: the caller knows it from the index's bucket).
         */
        public Prescore prescore(Candidate sharer, String skill, String shared, SkillRelation relation) {
            LanguageMatch language = LanguageMatch.best(learner.languages(), sharer.languages(),
                    config.languageLevels()).orElse(null);
            long minutes = wakingMinutes(sharer.timeZone());
            boolean preferred = sharer.region() != null && preferredRegions.contains(sharer.region());
            int points = skillPoints(relation) + languagePoints(language) + wakingPoints(minutes)
                    + (preferred ? config.weights().region() : 0);
            return new Prescore(sharer, skill, shared, relation, language, minutes, preferred, points);
        }

        /** The most points a sharer related by {@code relation} can prescore: all but the skill at their weights. */
        public int mostFor(SkillRelation relation) {
            SuggestionConfig.Weights weights = config.weights();
            return skillPoints(relation) + weights.language() + weights.wakingOverlap() + weights.region();
        }

        private long wakingMinutes(String sharerZoneId) {
            if (learnerZone == null || sharerZoneId == null) {
                return -1;
            }
            Long minutes = minutesByZone.get(sharerZoneId);
            if (minutes == null) {
                ZoneId sharerZone = zone(sharerZoneId);
                minutes = sharerZone == null ? -1 : waking.weekly(learnerZone, sharerZone, week).toMinutes();
                minutesByZone.put(sharerZoneId, minutes);
            }
            return minutes;
        }
    }

    /** The whole score: the prescore plus load and responsiveness from the sharer's standing, with every reason. */
    public Suggestion complete(Prescore prescore, SharerStanding standing) {
        SuggestionConfig.Weights weights = config.weights();
        List<Reason> reasons = new ArrayList<>(6);
        int skillPoints = skillPoints(prescore.relation());
        reasons.add(prescore.relation() == SkillRelation.EXACT
                ? Reason.of(Reason.SKILL_EXACT, skillPoints, "skill", prescore.skill())
                : Reason.of(Reason.SKILL_RELATED, skillPoints, "skill", prescore.skill(), "via", prescore.sharedSkill(),
                        "relation", prescore.relation().code()));
        LanguageMatch language = prescore.language();
        if (language != null) {
            reasons.add(Reason.of(Reason.LANGUAGES, languagePoints(language), "language", language.language(),
                    "learnerLevel", language.learnerLevel(), "sharerLevel", language.sharerLevel()));
        }
        long minutes = prescore.wakingMinutes();
        reasons.add(minutes < 0 ? Reason.of(Reason.WAKING_OVERLAP_UNKNOWN, wakingPoints(minutes))
                : Reason.of(Reason.WAKING_OVERLAP, wakingPoints(minutes), "hours", hours(minutes)));
        if (prescore.preferredRegion()) {
            reasons.add(Reason.of(Reason.REGION_PREFERENCE, weights.region(), "region", prescore.sharer().region()));
        }

        int capacity = capacity(prescore.sharer());
        int active = Math.max(standing.activeConnections(), 0);
        reasons.add(Reason.of(Reason.LOAD, loadPoints(prescore.sharer(), standing), "active", active, "capacity",
                capacity));
        int answered = Math.max(standing.requestsAnswered(), 0);
        int expired = Math.max(standing.requestsExpired(), 0);
        int responsiveness = responsivenessPoints(standing);
        reasons.add(answered + expired == 0 ? Reason.of(Reason.NEW_SHARER, responsiveness)
                : Reason.of(Reason.RESPONSIVE, responsiveness, "answered", answered, "expired", expired));
        int score = total(prescore, standing);
        return new Suggestion(prescore.sharer(), prescore.skill(), prescore.sharedSkill(), prescore.relation(), score,
                reasons);
    }

    /**
     * The whole score's points without its reasons: what a ranking compares, for every candidate, before
     * {@link #complete} writes the reasons of the few it answers. The same sum as {@code complete}'s.
     */
    public int total(Prescore prescore, SharerStanding standing) {
        int sum = prescore.points() + loadPoints(prescore.sharer(), standing) + responsivenessPoints(standing);
        return Math.min(1000, Math.max(0, sum));
    }

    private int loadPoints(Candidate sharer, SharerStanding standing) {
        int capacity = capacity(sharer);
        int free = Math.max(capacity - Math.max(standing.activeConnections(), 0), 0);
        return capacity == 0 ? 0 : (int) Math.round(config.weights().load() * (double) free / capacity);
    }

    private int responsivenessPoints(SharerStanding standing) {
        int answered = Math.max(standing.requestsAnswered(), 0);
        int expired = Math.max(standing.requestsExpired(), 0);
        return (int) Math.round(config.weights().responsiveness() * (answered + 1.0) / (answered + expired + 2.0));
    }

    private static int capacity(Candidate sharer) {
        return Math.max(sharer.maxConnections(), 0);
    }

    private int skillPoints(SkillRelation relation) {
        return percentOf(config.weights().skill(), switch (relation) {
            case EXACT -> 100;
            case NARROWER -> config.skill().narrower();
            case BROADER -> config.skill().broader();
            case SIBLING -> config.skill().sibling();
        });
    }

    private int languagePoints(LanguageMatch language) {
        return language == null ? 0 : percentOf(config.weights().language(), language.percent());
    }

    /** The share of the whole week's waking minutes; half the weight when a zone is unknown ({@code minutes < 0}). */
    private int wakingPoints(long minutes) {
        int weight = config.weights().wakingOverlap();
        return minutes < 0 ? weight / 2 : (int) Math.round(weight * (double) Math.min(minutes, wholeWeek) / wholeWeek);
    }

    /** The most points the standing can add to a prescore (load and responsiveness at their weights). */
    public int mostFromStanding() {
        return config.weights().load() + config.weights().responsiveness();
    }

    private static int percentOf(int weight, int percent) {
        return (int) Math.round(weight * percent / 100.0);
    }

    /** Whole hours as an integer, else the exact fraction (zones are whole quarter hours apart, so it is exact). */
    private static Number hours(long minutes) {
        return minutes % 60 == 0 ? (Number) (minutes / 60) : (Number) (minutes / 60.0);
    }

    private ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return zones.computeIfAbsent(id, SuggestionScorer::parseZone).orElse(null);
    }

    private static Optional<ZoneId> parseZone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
