package org.letsconnect.registry.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.registry.MovementRoles;
import org.letsconnect.contracts.registry.Regions;

/** The old form's wording to the service's codes: countries, languages, regions, roles, projects. */
class NameMappingsTest {

    @Test
    void countriesByNameInEnglishSpanishFrenchAndPortugueseCaseAndAccentInsensitively() {
        assertEquals(Optional.of("NG"), CountryNames.code("Nigeria"));
        assertEquals(Optional.of("NG"), CountryNames.code("Nigéria"));
        assertEquals(Optional.of("BR"), CountryNames.code("Brasil"));
        assertEquals(Optional.of("BR"), CountryNames.code("brazil"));
        assertEquals(Optional.of("MX"), CountryNames.code("México"));
        assertEquals(Optional.of("MX"), CountryNames.code("MEXICO"));
        assertEquals(Optional.of("SN"), CountryNames.code("Sénégal"));
        assertEquals(Optional.of("EG"), CountryNames.code("Égypte"));
        assertEquals(Optional.of("NL"), CountryNames.code("Pays-Bas"));
        assertEquals(Optional.of("DE"), CountryNames.code("Alemanha"));
        assertEquals(Optional.of("ES"), CountryNames.code("España"));
        assertEquals(Optional.of("CI"), CountryNames.code("Côte d’Ivoire"));
        assertEquals(Optional.of("CI"), CountryNames.code("Cote d'Ivoire"));
        assertEquals(Optional.of("CI"), CountryNames.code("Ivory Coast"));
        assertEquals(Optional.of("CI"), CountryNames.code("Costa do Marfim"));
        assertEquals(Optional.of("CD"), CountryNames.code("DR Congo"));
        assertEquals(Optional.of("CD"), CountryNames.code("République démocratique du Congo"));
        assertEquals(Optional.of("CD"), CountryNames.code("Congo - Kinshasa"));
        assertEquals(Optional.of("MM"), CountryNames.code("Burma"));
        assertEquals(Optional.of("MM"), CountryNames.code("Myanmar"));
        assertEquals(Optional.of("TR"), CountryNames.code("Türkiye"));
        assertEquals(Optional.of("TR"), CountryNames.code("Turkey"));
        assertEquals(Optional.of("US"), CountryNames.code("USA"));
        assertEquals(Optional.of("US"), CountryNames.code("United States of America"));
        assertEquals(Optional.of("GB"), CountryNames.code("UK"));
        assertEquals(Optional.of("BA"), CountryNames.code("Bosnia and Herzegovina"));
        assertEquals(Optional.of("BA"), CountryNames.code("Bosnia & Herzegovina"));
        assertEquals(Optional.of("NG"), CountryNames.code("NG"));
        assertEquals(Optional.of("NG"), CountryNames.code("NGA"));
        assertEquals(Optional.empty(), CountryNames.code("no"), "a lower-case code is not a country");
        assertEquals(Optional.empty(), CountryNames.code("Narnia"));
        assertEquals(Optional.empty(), CountryNames.code(""));
        assertEquals(Optional.empty(), CountryNames.code(null));
    }

    @Test
    void aCountryWithOneZoneGivesItAndOneWithSeveralGivesItsMainZoneAsAGuess() {
        assertEquals(new CountryNames.Zone("Africa/Lagos", false), CountryNames.zone("NG"));
        assertEquals(new CountryNames.Zone("Asia/Kolkata", false), CountryNames.zone("IN"));
        assertEquals(new CountryNames.Zone("Africa/Cairo", false), CountryNames.zone("EG"));
        assertEquals(new CountryNames.Zone("Asia/Tokyo", false), CountryNames.zone("JP"));
        assertEquals(new CountryNames.Zone("Africa/Dakar", false), CountryNames.zone("SN"));
        assertEquals(new CountryNames.Zone("Europe/Amsterdam", false), CountryNames.zone("NL"));
        assertEquals(new CountryNames.Zone("America/Sao_Paulo", true), CountryNames.zone("BR"));
        assertEquals(new CountryNames.Zone("America/New_York", true), CountryNames.zone("US"));
        assertEquals(new CountryNames.Zone("America/Mexico_City", true), CountryNames.zone("MX"));
        assertEquals(new CountryNames.Zone("Africa/Kinshasa", true), CountryNames.zone("CD"));
        assertTrue(java.time.ZoneId.getAvailableZoneIds().contains(CountryNames.zone("UA").id()));
        for (String country : java.util.Locale.getISOCountries()) {
            assertTrue(java.time.ZoneId.getAvailableZoneIds().contains(CountryNames.zone(country).id()), country);
        }
    }

    @Test
    void languagesByNameInSeveralLanguagesAndByAutonym() {
        assertEquals(Optional.of("en"), LanguageNames.code("English"));
        assertEquals(Optional.of("ha"), LanguageNames.code("Hausa"));
        assertEquals(Optional.of("ha"), LanguageNames.code("haoussa"));
        assertEquals(Optional.of("pt"), LanguageNames.code("Português"));
        assertEquals(Optional.of("pt"), LanguageNames.code("portugues"));
        assertEquals(Optional.of("pt"), LanguageNames.code("Portuguese"));
        assertEquals(Optional.of("pt-br"), LanguageNames.code("Portuguese (Brazil)"));
        assertEquals(Optional.of("pt-br"), LanguageNames.code("Brazilian Portuguese"));
        assertEquals(Optional.of("es"), LanguageNames.code("Español"));
        assertEquals(Optional.of("es"), LanguageNames.code("espagnol"));
        assertEquals(Optional.of("fr"), LanguageNames.code("Français"));
        assertEquals(Optional.of("ar"), LanguageNames.code("العربية"));
        assertEquals(Optional.of("ar"), LanguageNames.code("Arabic"));
        assertEquals(Optional.of("hi"), LanguageNames.code("हिन्दी"));
        assertEquals(Optional.of("ta"), LanguageNames.code("Tamil"));
        assertEquals(Optional.of("ja"), LanguageNames.code("日本語"));
        assertEquals(Optional.of("ru"), LanguageNames.code("Русский"));
        assertEquals(Optional.of("sw"), LanguageNames.code("Kiswahili"));
        assertEquals(Optional.of("yo"), LanguageNames.code("Yorùbá"));
        assertEquals(Optional.of("de"), LanguageNames.code("Deutsch"));
        assertEquals(Optional.of("wo"), LanguageNames.code("Wolof"));
        assertEquals(Optional.of("tw"), LanguageNames.code("Twi"));
        assertEquals(Optional.of("sv"), LanguageNames.code("Svenska"));
        assertEquals(Optional.of("pt-br"), LanguageNames.code("pt-BR"));
        assertEquals(Optional.empty(), LanguageNames.code("Elvish"));
        assertEquals(Optional.empty(), LanguageNames.code(""));
    }

    @Test
    void aLevelInParenthesesIsReadAndIntermediateIsTheDefault() {
        assertEquals(Optional.of(new LanguageNames.Spoken("ha", "intermediate")), LanguageNames.spoken("Hausa"));
        assertEquals(Optional.of(new LanguageNames.Spoken("ha", "native")), LanguageNames.spoken("Hausa (native)"));
        assertEquals(Optional.of(new LanguageNames.Spoken("en", "advanced")), LanguageNames.spoken("English (fluent)"));
        assertEquals(Optional.of(new LanguageNames.Spoken("en", "basic")), LanguageNames.spoken("English (basic)"));
        assertEquals(Optional.of(new LanguageNames.Spoken("pt-br", "intermediate")),
                LanguageNames.spoken("Portuguese (Brazil)"));
        assertEquals(Optional.empty(), LanguageNames.spoken("Elvish (native)"));
        assertEquals(Optional.empty(), LanguageNames.spoken("English (on Tuesdays)"));
    }

    @Test
    void regionsAsTheFormShowsThemWithOrWithoutAcronyms() {
        RegionNames.FORM_WORDING.forEach((wording, code) -> assertEquals(Optional.of(code), RegionNames.code(wording),
                wording));
        assertEquals(8, RegionNames.FORM_WORDING.size());
        assertEquals(Optional.of(Regions.MIDDLE_EAST_NORTH_AFRICA), RegionNames.code("MENA"));
        assertEquals(Optional.of(Regions.MIDDLE_EAST_NORTH_AFRICA), RegionNames.code("Middle East & North Africa"));
        assertEquals(Optional.of(Regions.EAST_SOUTHEAST_ASIA_PACIFIC), RegionNames.code("East, Southeast Asia, and Pacific"));
        assertEquals(Optional.of(Regions.EAST_SOUTHEAST_ASIA_PACIFIC), RegionNames.code("ESEAP"));
        assertEquals(Optional.of(Regions.CENTRAL_EASTERN_EUROPE_CENTRAL_ASIA), RegionNames.code("CEE"));
        assertEquals(Optional.of(Regions.LATIN_AMERICA_CARIBBEAN), RegionNames.code("latin america & the caribbean"));
        assertEquals(Optional.of(Regions.SUB_SAHARAN_AFRICA), RegionNames.code("sub-saharan-africa"));
        assertEquals(Optional.of(Regions.SUB_SAHARAN_AFRICA), RegionNames.code("SUB SAHARAN AFRICA"));
        assertEquals(Optional.of(Regions.UNITED_STATES_CANADA), RegionNames.code("United States & Canada"));
        assertEquals(Optional.empty(), RegionNames.code("Atlantis"));
        assertEquals(Optional.empty(), RegionNames.code("South Asia (MENA)"), "name and acronym disagree");
    }

    @Test
    void movementRolesAsTheFormWordsThem() {
        MovementRoleNames.FORM_WORDING.forEach((wording, code) -> assertEquals(Optional.of(code),
                MovementRoleNames.code(wording), wording));
        assertEquals(6, MovementRoleNames.FORM_WORDING.size());
        assertEquals(MovementRoles.ALL.size(), MovementRoleNames.FORM_WORDING.values().stream().distinct().count());
        assertEquals(Optional.of(MovementRoles.VOLUNTEER_ORGANIZER), MovementRoleNames.code("Volunteer organizer"));
        assertEquals(Optional.of(MovementRoles.BOARD_MEMBER), MovementRoleNames.code("board member"));
        assertEquals(Optional.of(MovementRoles.EXECUTIVE_DIRECTOR), MovementRoleNames.code("Executive director"));
        assertEquals(Optional.of(MovementRoles.INDIVIDUAL_EDITOR), MovementRoleNames.code("Individual editor"));
        assertEquals(Optional.of(MovementRoles.PAID_AFFILIATE_STAFF), MovementRoleNames.code("paid-affiliate-staff"));
        assertEquals(Optional.empty(), MovementRoleNames.code("Wikimedia volunteer & trainer"));
        assertEquals(Optional.empty(), MovementRoleNames.code(""));
    }

    @Test
    void projectsByTheirNames() {
        assertEquals("commons", ProjectNames.normalise("Wikimedia Commons"));
        assertEquals("meta", ProjectNames.normalise("Meta-Wiki"));
        assertEquals("wikidata", ProjectNames.normalise(" Wikidata "));
        assertEquals("ha.wikipedia", ProjectNames.normalise("ha.wikipedia"));
        assertEquals("OpenStreetMap", ProjectNames.normalise("OpenStreetMap"));
    }

    @Test
    void namesCompareWithoutCaseAccentsAndPunctuation() {
        assertEquals(Names.key("Côte d’Ivoire"), Names.key("COTE D'IVOIRE"));
        assertEquals("bosnia and herzegovina", Names.key("Bosnia & Herzegovina"));
        assertFalse(Names.key("العربية").isEmpty());
        assertEquals(java.util.List.of("English", "Hausa", "Português"), Names.list("English, Hausa;; Português ,"));
    }

    @Test
    void usernamesAreCleanedAsMediaWikiReadsThem() {
        assertEquals("Amina Yusuf", AnswerMapper.username("  User:Amina_Yusuf "));
        assertEquals("Amina Yusuf", AnswerMapper.username("@Amina Yusuf"));
        assertEquals("Amina Yusuf", AnswerMapper.username("https://meta.wikimedia.org/wiki/User:Amina_Yusuf"));
        assertEquals("Ольга Петрова", AnswerMapper.username("Ольга  Петрова"));
        assertEquals(null, AnswerMapper.username("   "));
    }
}
