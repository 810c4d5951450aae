package org.letsconnect.matching.suggestion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.letsconnect.matching.suggestion.ScoringFixtures.SPARQL;
import static org.letsconnect.matching.suggestion.ScoringFixtures.learner;
import static org.letsconnect.matching.suggestion.ScoringFixtures.sharer;
import static org.letsconnect.matching.suggestion.ScoringFixtures.speaks;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.letsconnect.matching.candidate.Candidate;

/** Every hard filter on its own, against a sharer who passes them all. */
class SuggestionFilterTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final Candidate learner = learner("Africa/Lagos", speaks("ha", "native", "en", "advanced"), SPARQL);
    private final Candidate sharer = sharer("sub-saharan-africa", "Africa/Accra", speaks("en", "native"), 2, SPARQL);
    private final SharerStanding free = SharerStanding.fresh(sharer.participantId());

    @Test
    void anAvailableSharerWithAFreePlaceAndACommonLanguagePasses() {
        assertTrue(SuggestionFilter.admits(learner, sharer));
        assertTrue(SuggestionFilter.admits(sharer, free, Set.of(), NOW));
    }

    @Test
    void notTakingConnectionsNotSelfAndALanguageInCommon() {
        Candidate unavailable = sharer("sub-saharan-africa", "Africa/Accra", speaks("en", "native"), 0, SPARQL);
        assertFalse(SuggestionFilter.admits(learner, unavailable));
        assertFalse(SuggestionFilter.admits(learner, learner));
        Candidate frenchOnly = sharer("sub-saharan-africa", "Africa/Accra", speaks("fr", "native"), 2, SPARQL);
        assertFalse(SuggestionFilter.admits(learner, frenchOnly));
        Candidate noLanguagesListed = sharer("sub-saharan-africa", "Africa/Accra", List.of(), 2, SPARQL);
        assertTrue(SuggestionFilter.admits(learner, noLanguagesListed));
    }

    @Test
    void fullPausedAwayOrExcludedSharersAreLeftOut() {
        String id = sharer.participantId();
        assertFalse(SuggestionFilter.admits(sharer, new SharerStanding(id, 2, null, null, 0, 0), Set.of(), NOW));
        assertTrue(SuggestionFilter.admits(sharer, new SharerStanding(id, 1, null, null, 0, 0), Set.of(), NOW));
        assertFalse(SuggestionFilter.admits(sharer, new SharerStanding(id, 0, NOW.plusSeconds(60), null, 0, 0),
                Set.of(), NOW));
        assertTrue(SuggestionFilter.admits(sharer, new SharerStanding(id, 0, NOW.minusSeconds(60), null, 0, 0),
                Set.of(), NOW));
        assertFalse(SuggestionFilter.admits(sharer, new SharerStanding(id, 0, null, NOW.minusSeconds(3600), 0, 0),
                Set.of(), NOW));
        assertFalse(SuggestionFilter.admits(sharer, free, Set.of(id), NOW));
    }
}
