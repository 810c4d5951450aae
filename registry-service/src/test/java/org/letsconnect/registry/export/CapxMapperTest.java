package org.letsconnect.registry.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.letsconnect.contracts.registry.LanguageSkill;
import org.letsconnect.registry.participant.Participant;

/** Our profile onto CapX's. */
class CapxMapperTest {

    @Test
    void mapsEveryFieldAndGivesTheEmailOnlyWhenAsked() {
        Participant p = new Participant();
        p.id = UUID.fromString("0b5c3f5e-5d8a-4c8e-9d55-2f7f4a1d9e21");
        p.subject = "48291734";
        p.username = "Amina Yusuf";
        p.displayName = "Amina";
        p.pronouns = "She/Her";
        p.region = "sub-saharan-africa";
        p.country = "NG";
        p.timeZone = "Africa/Lagos";
        p.languages = List.of(new LanguageSkill("ha", "native"), new LanguageSkill("en", "advanced"),
                new LanguageSkill("fr", "intermediate"), new LanguageSkill("ar", "basic"));
        p.affiliations = List.of("Wikimedia User Group Nigeria");
        p.movementRole = "volunteer-organizer";
        p.joinedYear = 2019;
        p.projects = List.of("ha.wikipedia");
        p.skillsToLearn = List.of("Q54871");
        p.skillsToShare = List.of("Q565", "Q2013");
        p.availableForConnections = true;
        p.maxConnections = 2;
        p.visibility = "public";
        p.email = "amina@example.org";
        p.notificationLanguage = "ha";
        p.registeredAt = Instant.parse("2026-01-01T00:00:00Z");
        p.updatedAt = Instant.parse("2026-02-01T00:00:00Z");

        CapxProfile capx = CapxMapper.map(p, true);
        assertEquals(new CapxProfile.User("Amina Yusuf", "amina@example.org"), capx.user());
        assertEquals("she-her", capx.pronoun());
        assertEquals("", capx.about());
        assertEquals(List.of("ng"), capx.territory());
        assertEquals(List.of(new CapxProfile.Language("ha", "n"), new CapxProfile.Language("en", "3"),
                new CapxProfile.Language("fr", "2"), new CapxProfile.Language("ar", "1")), capx.language());
        assertEquals(List.of("Q565", "Q2013"), capx.skillsKnown());
        assertEquals(List.of("Q565", "Q2013"), capx.skillsAvailable());
        assertEquals(List.of("Q54871"), capx.skillsWanted());
        assertEquals(List.of("ha.wikipedia"), capx.wikimediaProject());
        assertEquals("48291734", capx.letsconnect().centralUserId());
        assertEquals("She/Her", capx.letsconnect().pronouns());
        assertNull(CapxMapper.map(p, false).user().email());
    }

    @Test
    void pronounsToCapxChoices() {
        assertEquals("he-him", CapxMapper.pronoun("he/him"));
        assertEquals("they-them", CapxMapper.pronoun("They / Them"));
        assertEquals("other", CapxMapper.pronoun("ele/dele"));
        assertNull(CapxMapper.pronoun(" "));
        assertEquals("n", CapxMapper.proficiency(LanguageSkill.NATIVE));
    }
}
