package org.letsconnect.registry.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.letsconnect.registry.skill.SkillTaxonomy;

/** Checkbox answers about skills to taxonomy codes, by label or alias, whatever the case and accents. */
class SkillLabelsTest {

    private final SkillLabels labels = new SkillLabels(SkillTaxonomy.fromResource(SkillTaxonomy.RESOURCE));

    @Test
    void englishLabelsWhateverTheCaseAndAccents() {
        SkillLabels.Match match = labels.match("Writing grant proposals, WIKIDATA, querying with sparql");
        assertEquals(List.of("Q5596756", "Q2013", "Q54871"), match.codes());
        assertEquals(List.of(), match.unknown());
    }

    @Test
    void aLabelWithACommaIsOneSkill() {
        SkillLabels.Match match = labels.match("Diversity, equity and inclusion, Facilitation");
        assertEquals(List.of("Q2376627", "Q1377340"), match.codes());
        assertEquals(List.of(), match.unknown());
    }

    @Test
    void aliasesAndOtherLanguagesLabels() {
        assertEquals(List.of("Q54871", "Q28003476"), labels.match("SPARQL; toolforge").codes());
        assertEquals(List.of("Q565"), labels.match("Commons").codes());
        SkillTaxonomy taxonomy = SkillTaxonomy.fromResource(SkillTaxonomy.RESOURCE);
        assertEquals(List.of("Q5596756"), labels.match(taxonomy.label("Q5596756", "es").toUpperCase()).codes());
        assertEquals(List.of("Q5596756"), labels.match(taxonomy.label("Q5596756", "ar")).codes());
        assertEquals(List.of("Q5596756"), labels.match("Q5596756").codes());
    }

    @Test
    void unknownAndAmbiguousPartsAreReportedAndLeftOut() {
        SkillLabels.Match match = labels.match("Wikidata, Underwater basket weaving, onboarding, Wikidata");
        assertEquals(List.of("Q2013"), match.codes());
        assertEquals(List.of("Underwater basket weaving"), match.unknown());
        assertEquals(1, match.ambiguous().size());
        assertEquals("onboarding", match.ambiguous().get(0).text());
        assertEquals(List.of("Q899277", "Q1548211"), match.ambiguous().get(0).codes());
        assertEquals(new SkillLabels.Match(List.of(), List.of(), List.of()), labels.match(""));
    }
}
