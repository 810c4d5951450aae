package org.letsconnect.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class MessageFormatterTest {

    private final MessageFormatter formatter = new MessageFormatter();

    @Test
    void parameters() {
        assertEquals("Nothing was found at /a.", formatter.format("en", "Nothing was found at $1.", "/a"));
        assertEquals("b a", formatter.format("en", "$2 $1", "a", "b"));
        assertEquals("Use a value between 1 and $2.", formatter.format("en", "Use a value between $1 and $2.", 1));
        assertEquals("x  y", formatter.format("en", "x $1 y", (Object) null));
        assertEquals("$0 and $1", formatter.format("en", "$0 and $1"));
        assertEquals("a10", formatter.format("en", "$1$10", "a", "b", "c", "d", "e", "f", "g", "h", "i", "10"));
        assertEquals("costs $", formatter.format("en", "costs $"));
    }

    @Test
    void parameterValuesAreNotInterpreted() {
        assertEquals("{{PLURAL:1|a|b}} $2", formatter.format("en", "$1", "{{PLURAL:1|a|b}} $2", "no"));
    }

    @Test
    void numbersAreFormattedForTheLanguage() {
        assertEquals("Use at most 1,000 characters.",
                formatter.format("en", "Use at most $1 {{PLURAL:$1|character|characters}}.", 1000));
        assertEquals("1\u202f000", formatter.format("fr", "$1", 1000));
        assertEquals("1.234.567", formatter.format("es", "$1", 1_234_567L));
        assertEquals("2.5", formatter.format("en", "$1", new BigDecimal("2.5")));
        assertEquals("1000", formatter.format("en", "$1", "1000"));
    }

    @Test
    void englishPlural() {
        String text = "{{PLURAL:$1|One field is|$1 fields are}} not valid.";
        assertEquals("One field is not valid.", formatter.format("en", text, 1));
        assertEquals("2 fields are not valid.", formatter.format("en", text, 2));
        assertEquals("0 fields are not valid.", formatter.format("en", text, 0));
        assertEquals("1.5 fields are not valid.", formatter.format("en", text, 1.5));
        assertEquals("One field is not valid.", formatter.format("en", text, "1"));
        assertEquals(List.of("one", "other"), formatter.pluralCategories("en"));
    }

    @Test
    void frenchZeroIsSingular() {
        String text = "{{PLURAL:$1|$1 champ n’est pas valide|$1 champs ne sont pas valides}}.";
        assertEquals("0 champ n’est pas valide.", formatter.format("fr", text, 0));
        assertEquals("1 champ n’est pas valide.", formatter.format("fr", text, 1));
        assertEquals("2 champs ne sont pas valides.", formatter.format("fr", text, 2));
        // CLDR gives French a "many" category (1 000 000); with two forms it takes the last one.
        assertEquals("1\u202f000\u202f000 champs ne sont pas valides.", formatter.format("fr", text, 1_000_000));
    }

    @Test
    void arabicHasSixForms() {
        String text = "{{PLURAL:$1|zero|one|two|few|many|other}}";
        assertEquals(List.of("zero", "one", "two", "few", "many", "other"), formatter.pluralCategories("ar"));
        assertEquals("zero", formatter.format("ar", text, 0));
        assertEquals("one", formatter.format("ar", text, 1));
        assertEquals("two", formatter.format("ar", text, 2));
        assertEquals("few", formatter.format("ar", text, 3));
        assertEquals("few", formatter.format("ar", text, 10));
        assertEquals("many", formatter.format("ar", text, 11));
        assertEquals("many", formatter.format("ar", text, 99));
        assertEquals("other", formatter.format("ar", text, 100));
        assertEquals("few", formatter.format("ar", text, 103));
        // A regional or dialect code without CLDR rules of its own uses its fallback's: arz → ar.
        assertEquals("two", formatter.format("arz", text, 2));
    }

    @Test
    void arabicTextFromTheBundle() {
        String text = "{{PLURAL:$1|لا توجد حقول غير صالحة|حقل واحد غير صالح|حقلان غير صالحين|$1 حقول غير صالحة"
                + "|$1 حقلًا غير صالح|$1 حقل غير صالح}}.";
        assertEquals("حقلان غير صالحين.", formatter.format("ar", text, 2));
        assertEquals("5 حقول غير صالحة.", formatter.format("ar", text, 5));
    }

    @Test
    void russianPlural() {
        String text = "{{PLURAL:$1|$1 поле|$1 поля|$1 полей}}";
        assertEquals(List.of("one", "few", "many", "other"), formatter.pluralCategories("ru"));
        assertEquals("1 поле", formatter.format("ru", text, 1));
        assertEquals("21 поле", formatter.format("ru", text, 21));
        assertEquals("2 поля", formatter.format("ru", text, 2));
        assertEquals("24 поля", formatter.format("ru", text, 24));
        assertEquals("5 полей", formatter.format("ru", text, 5));
        assertEquals("11 полей", formatter.format("ru", text, 11));
        assertEquals("0 полей", formatter.format("ru", text, 0));
        // "other" (fractions) has no form of its own here: it takes the last one given.
        assertEquals("1,5 полей", formatter.format("ru", text, 1.5));
    }

    @Test
    void explicitForms() {
        String text = "{{PLURAL:$1|0=No fields are|One field is|$1 fields are}} not valid.";
        assertEquals("No fields are not valid.", formatter.format("en", text, 0));
        assertEquals("One field is not valid.", formatter.format("en", text, 1));
        assertEquals("3 fields are not valid.", formatter.format("en", text, 3));
        String dozen = "{{PLURAL:$1|one egg|12=a dozen eggs|$1 eggs}}";
        assertEquals("a dozen eggs", formatter.format("en", dozen, 12));
        assertEquals("13 eggs", formatter.format("en", dozen, 13));
        assertEquals("one egg", formatter.format("en", dozen, 1));
        assertEquals("a dozen eggs", formatter.format("en", dozen, new BigDecimal("12.0")));
    }

    @Test
    void missingFormsRepeatTheLastOne() {
        assertEquals("items", formatter.format("ar", "{{PLURAL:$1|item|items}}", 5));
        assertEquals("only", formatter.format("en", "{{PLURAL:$1|only}}", 5));
        assertEquals("", formatter.format("en", "{{PLURAL:$1}}", 5));
    }

    @Test
    void pluralOfSomethingThatIsNotANumberTakesTheOtherForm() {
        assertEquals("many", formatter.format("en", "{{PLURAL:$1|one|many}}", "lots"));
        assertEquals("one", formatter.format("en", "{{plural:1|one|many}}"));
    }

    @Test
    void gender() {
        String text = "{{GENDER:$1|He|She|They}} joined $2.";
        assertEquals("He joined Wikimania.", formatter.format("en", text, "male", "Wikimania"));
        assertEquals("She joined Wikimania.", formatter.format("en", text, "female", "Wikimania"));
        assertEquals("They joined Wikimania.", formatter.format("en", text, "unknown", "Wikimania"));
        assertEquals("They joined Wikimania.", formatter.format("en", text, null, "Wikimania"));
        assertEquals("She joined Wikimania.", formatter.format("en", text, Gender.FEMALE, "Wikimania"));
        // MediaWiki's rule: with two forms, unknown takes the first.
        assertEquals("invité", formatter.format("fr", "{{GENDER:$1|invité|invitée}}", "unknown"));
        assertEquals("invitée", formatter.format("fr", "{{GENDER:$1|invité|invitée}}", "female"));
        assertEquals("x", formatter.format("fr", "{{GENDER:$1|x}}", "female"));
    }

    @Test
    void nestedConstructs() {
        String text = "{{GENDER:$2|He|She}} added {{PLURAL:$1|one skill|$1 skills{{GENDER:$2|!|.}}}}";
        assertEquals("She added 3 skills.", formatter.format("en", text, 3, "female"));
        assertEquals("He added one skill", formatter.format("en", text, 1, "male"));
    }

    @Test
    void otherSyntaxIsLeftAlone() {
        assertEquals("{{SITENAME}} and {{int:foo|x}}", formatter.format("en", "{{SITENAME}} and {{int:foo|$1}}", "x"));
        assertEquals("[[Help:A|b]] 2", formatter.format("en", "[[Help:A|b]] {{PLURAL:$1|1|2}}", 2));
        assertEquals("{{PLURAL:$1|a", formatter.format("en", "{{PLURAL:$1|a"));
        assertEquals("}} | {{", formatter.format("en", "}} | {{"));
        assertEquals("", formatter.format("en", null));
    }

    @Test
    void aMomentIsItsDateAndTimeInItsOwnZoneForTheLanguage() {
        java.time.ZonedDateTime start = java.time.ZonedDateTime.parse("2026-11-20T14:00:00+01:00[Africa/Lagos]");
        String english = formatter.format("en", "From $1.", start);
        assertTrue(english.startsWith("From Nov 20, 2026"), english);
        assertTrue(english.contains("2:00") && english.contains("PM"), english);
        String french = formatter.format("fr", "À partir du $1.", start);
        assertTrue(french.contains("20 nov. 2026") && french.contains("14:00"), french);
        // the same moment in another zone is another local time
        String utc = formatter.formatDateTime("en", start.withZoneSameInstant(java.time.ZoneOffset.UTC));
        assertTrue(utc.contains("1:00") && utc.contains("PM"), utc);
        String arabic = formatter.formatDateTime("ar", start);
        assertTrue(arabic.contains("نوفمبر"), arabic);
    }

    enum Gender {
        MALE,
        FEMALE
    }
}
