package org.letsconnect.matching.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.letsconnect.matching.suggestion.ScoringFixtures.DATA_MODELLING;
import static org.letsconnect.matching.suggestion.ScoringFixtures.MENTORING;
import static org.letsconnect.matching.suggestion.ScoringFixtures.SPARQL;
import static org.letsconnect.matching.suggestion.ScoringFixtures.TECHNOLOGY;
import static org.letsconnect.matching.suggestion.ScoringFixtures.WIKIDATA;
import static org.letsconnect.matching.suggestion.ScoringFixtures.learner;
import static org.letsconnect.matching.suggestion.ScoringFixtures.sharer;
import static org.letsconnect.matching.suggestion.ScoringFixtures.speaks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.taxonomy.SkillTree;
import org.letsconnect.matching.candidate.Candidate;

/** Each component of the score and its reason, with the default weights (and some overridden). */
class SuggestionScorerTest {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 12);
    private static final String SSA = "sub-saharan-africa";
    private static final String EUROPE = "northern-western-europe";

    private final SuggestionScorer scorer = new SuggestionScorer(ScoringFixtures.defaults(), SkillTree.standard());
    private final Candidate learner = learner("Africa/Lagos", speaks("fr", "native", "en", "basic"), SPARQL);

    @Test
    void theBestPossibleNewSharerScoresEveryComponentButHalfTheResponsiveness() {
        Candidate sharer = sharer(SSA, "Africa/Lagos", speaks("fr", "native"), 3, SPARQL);
        Suggestion suggestion = score(learner, sharer, SPARQL, SharerStanding.fresh(sharer.participantId()));
        assertEquals(List.of("skill-exact", "languages", "waking-overlap", "region-preference", "load", "new-sharer"),
                suggestion.reasons().stream().map(Reason::code).toList());
        assertEquals(List.of(350, 250, 150, 50, 100, 50), suggestion.reasons().stream().map(Reason::points).toList());
        assertEquals(950, suggestion.score());
        assertEquals(SkillRelation.EXACT, suggestion.relation());
        assertEquals(Map.of("skill", SPARQL), suggestion.reasons().get(0).params());
    }

    @Test
    void theExactSkillBeatsANarrowerABroaderAndASiblingOne() {
        assertEquals(350, skillPoints(SPARQL, SPARQL));
        assertEquals(263, skillPoints(WIKIDATA, SPARQL)); // narrower: 75 % of 350, rounded
        assertEquals(210, skillPoints(SPARQL, WIKIDATA)); // broader: 60 %
        assertEquals(210, skillPoints(SPARQL, TECHNOLOGY)); // broader two levels up
        assertEquals(140, skillPoints(SPARQL, DATA_MODELLING)); // sibling: 40 %
        Candidate unrelated = sharer(SSA, "Africa/Lagos", speaks("fr", "native"), 3, MENTORING);
        assertTrue(scorer.score(learner, unrelated, SPARQL, SharerStanding.fresh(unrelated.participantId()), JANUARY)
                .isEmpty());
        assertEquals(Integer.MAX_VALUE, scorer.related(SPARQL).bestRankOf(unrelated));
    }

    @Test
    void aSharerOfSeveralRelatedSkillsMatchesThroughTheBestAndTheReasonNamesIt() {
        Candidate sharer = sharer(SSA, "Africa/Lagos", speaks("fr", "native"), 3, DATA_MODELLING, WIKIDATA);
        Suggestion suggestion = score(learner, sharer, SPARQL, SharerStanding.fresh(sharer.participantId()));
        assertEquals(WIKIDATA, suggestion.sharedSkill());
        assertEquals(SkillRelation.BROADER, suggestion.relation());
        assertEquals(new Reason("skill-related", Map.of("skill", SPARQL, "via", WIKIDATA, "relation", "broader"), 210),
                suggestion.reasons().get(0));
    }

    @Test
    void theBestCommonLanguageCountsItsWeakerSide() {
        Candidate sharer = sharer(EUROPE, "Africa/Lagos", speaks("en", "native", "fr", "advanced"), 3, SPARQL);
        Reason languages = reason(score(learner, sharer, SPARQL, SharerStanding.fresh(sharer.participantId())),
                "languages");
        assertEquals(Map.of("language", "fr", "learnerLevel", "native", "sharerLevel", "advanced"), languages.params());
        assertEquals(225, languages.points()); // 90 % of 250
        Candidate englishOnly = sharer(EUROPE, "Africa/Lagos", speaks("en", "native"), 3, SPARQL);
        assertEquals(75, reason(score(learner, englishOnly, SPARQL, SharerStanding.fresh("x")), "languages").points());
        Candidate brazilian = sharer(EUROPE, "Africa/Lagos", speaks("pt-br", "intermediate"), 3, SPARQL);
        Candidate portuguese = learner("Africa/Lagos", speaks("pt", "native"), SPARQL);
        assertEquals(150, reason(score(portuguese, brazilian, SPARQL, SharerStanding.fresh("x")), "languages").points());
    }

    @Test
    void wakingOverlapIsTheShareOfTheWholeWeekWithTheHoursAsParameter() {
        Candidate saoPaulo = sharer(EUROPE, "America/Sao_Paulo", speaks("fr", "native"), 3, SPARQL);
        Reason lagosSaoPaulo = reason(score(learner, saoPaulo, SPARQL, SharerStanding.fresh("x")), "waking-overlap");
        assertEquals(Map.of("hours", 70L), lagosSaoPaulo.params());
        assertEquals(107, lagosSaoPaulo.points()); // 150 × 70 / 98
        Candidate kolkata = learner("Asia/Kolkata", speaks("en", "native"), SPARQL);
        Candidate london = sharer(EUROPE, "Europe/London", speaks("en", "native"), 3, SPARQL);
        Reason kolkataLondon = reason(score(kolkata, london, SPARQL, SharerStanding.fresh("x")), "waking-overlap");
        assertEquals(Map.of("hours", 59.5), kolkataLondon.params());
        assertEquals(91, kolkataLondon.points()); // 150 × 59.5 / 98 = 91.07
        Candidate nowhere = sharer(EUROPE, "Mars/Olympus_Mons", speaks("en", "native"), 3, SPARQL);
        Reason unknown = score(kolkata, nowhere, SPARQL, SharerStanding.fresh("x")).reasons().get(2);
        assertEquals(new Reason("waking-overlap-unknown", Map.of(), 75), unknown);
    }

    @Test
    void loadCountsTheFreeShareOfTheCapacity() {
        Candidate sharer = sharer(EUROPE, "Africa/Lagos", speaks("fr", "native"), 4, SPARQL);
        Reason load = reason(score(learner, sharer, SPARQL, new SharerStanding(sharer.participantId(), 1, null, null, 0, 0)),
                "load");
        assertEquals(Map.of("active", 1, "capacity", 4), load.params());
        assertEquals(75, load.points());
        assertEquals(25, reason(score(learner, sharer, SPARQL, new SharerStanding("x", 3, null, null, 0, 0)), "load")
                .points());
    }

    @Test
    void responsivenessRewardsAnsweringAndANewSharerIsNeutral() {
        Candidate sharer = sharer(EUROPE, "Africa/Lagos", speaks("fr", "native"), 4, SPARQL);
        assertEquals(new Reason("new-sharer", Map.of(), 50),
                reason(score(learner, sharer, SPARQL, SharerStanding.fresh("x")), "new-sharer"));
        Reason answering = reason(score(learner, sharer, SPARQL, new SharerStanding("x", 0, null, null, 8, 0)),
                "responsive");
        assertEquals(Map.of("answered", 8, "expired", 0), answering.params());
        assertEquals(90, answering.points()); // 100 × 9 / 10
        assertEquals(17, reason(score(learner, sharer, SPARQL, new SharerStanding("x", 0, null, null, 0, 4)),
                "responsive").points()); // 100 × 1 / 6
    }

    @Test
    void theRegionBonusFollowsTheConfiguredListAndWeight() {
        Candidate european = sharer(EUROPE, "Africa/Lagos", speaks("fr", "native"), 3, SPARQL);
        Candidate african = sharer(SSA, "Africa/Lagos", speaks("fr", "native"), 3, SPARQL);
        assertTrue(score(learner, european, SPARQL, SharerStanding.fresh("x")).reasons().stream()
                .noneMatch(r -> r.code().equals("region-preference")));
        assertEquals(Map.of("region", SSA),
                reason(score(learner, african, SPARQL, SharerStanding.fresh("x")), "region-preference").params());

        SuggestionScorer configured = new SuggestionScorer(ScoringFixtures.config(Map.of(
                "letsconnect.matching.suggestions.underrepresented-regions", EUROPE,
                "letsconnect.matching.suggestions.weights.region", "80",
                "letsconnect.matching.suggestions.weights.skill", "320")), SkillTree.standard());
        Suggestion flipped = configured.score(learner, european, SPARQL, SharerStanding.fresh("x"), JANUARY).orElseThrow();
        assertEquals(80, reason(flipped, "region-preference").points());
        assertEquals(320, flipped.reasons().get(0).points());
        assertEquals(320 + 250 + 150 + 80 + 100 + 50, flipped.score());
    }

    @Test
    void prescoreAndCompleteAddUpToTheScoreAndTheStandingAddsAtMostItsWeights() {
        Candidate sharer = sharer(SSA, "Asia/Kathmandu", speaks("en", "advanced"), 2, WIKIDATA);
        SuggestionScorer.Prescore prescore = scorer.forLearner(learner, JANUARY).prescore(sharer, SPARQL, WIKIDATA,
                SkillRelation.BROADER);
        SharerStanding best = SharerStanding.fresh(sharer.participantId());
        Suggestion whole = scorer.complete(prescore, best);
        assertEquals(prescore.points() + 100 + 50, whole.score());
        assertEquals(scorer.total(prescore, best), whole.score());
        assertTrue(whole.score() <= prescore.points() + scorer.mostFromStanding());
        assertTrue(prescore.points() <= scorer.forLearner(learner, JANUARY).mostFor(SkillRelation.BROADER));
        assertEquals(whole.reasons().stream().mapToInt(Reason::points).sum(), whole.score());
        SharerStanding busy = new SharerStanding(sharer.participantId(), 1, null, null, 3, 5);
        assertEquals(scorer.complete(prescore, busy).score(), scorer.total(prescore, busy));
    }

    private int skillPoints(String wanted, String shared) {
        Candidate wants = learner("Africa/Lagos", speaks("fr", "native"), wanted);
        Candidate sharer = sharer(SSA, "Africa/Lagos", speaks("fr", "native"), 3, shared);
        return score(wants, sharer, wanted, SharerStanding.fresh(sharer.participantId())).reasons().get(0).points();
    }

    private Suggestion score(Candidate learner, Candidate sharer, String skill, SharerStanding standing) {
        return scorer.score(learner, sharer, skill, standing, JANUARY).orElseThrow();
    }

    private static Reason reason(Suggestion suggestion, String code) {
        return suggestion.reasons().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("No reason " + code + " in " + suggestion.reasons()));
    }
}
