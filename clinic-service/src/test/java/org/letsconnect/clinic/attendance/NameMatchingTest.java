package org.letsconnect.clinic.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatchingTest {

    private static NameSimilarity.Similarity compare(String a, String b) {
        return NameSimilarity.compare(PersonName.of(a), PersonName.of(b));
    }

    @Test
    void zoomNamesSplitTheShownNameFromTheOriginalOne() {
        assertEquals(new ZoomName("Amina Yusuf", "Amina Y."), ZoomName.parse("Amina Yusuf (Amina Y.)"));
        assertEquals(new ZoomName("Kwame", null), ZoomName.parse("Kwame (he/him)"));
        assertEquals(new ZoomName("Sofía Ramírez", "Sofia R"), ZoomName.parse("Sofía Ramírez (ella/she) (Sofia R)"));
        assertEquals(new ZoomName("Olena", null), ZoomName.parse("Olena [they/them]"));
        assertEquals(new ZoomName("Priya Sharma", null), ZoomName.parse("  Priya Sharma  "));
        assertEquals(new ZoomName("Mei Lin", null), ZoomName.parse("(Mei Lin)"));
    }

    @Test
    void foldingTransliteratesAndDropsAccentsCaseAndPunctuation() {
        assertEquals("joao nunez gomez", PersonName.of("João Ñúñez-Gómez").key());
        assertEquals("olena kovalenko", PersonName.of("Олена Коваленко").key());
        assertEquals("priya sarma", PersonName.of("प्रिया शर्मा").key());
        assertEquals("li mei", PersonName.of("李梅").key());
        assertEquals("ola adebayo", PersonName.of("Ọlá Adébáyọ̀").key());
        assertEquals("kwame mensah", PersonName.of("KwameMensah").key());
        assertEquals("fatima zahra", PersonName.of("Fatima_Zahra (WMDE)").key());
        assertTrue(PersonName.of("محمد علي").words().stream().allMatch(PersonName.Word::transliterated));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Amina Yusuf           | amina yusuf          | exact
            Yusuf Amina           | Amina Yusuf          | word-order
            AminaYusuf            | Amina Yusuf          | exact
            Amina Y.              | Amina Yusuf          | initials
            Mohammed Ali          | Muhammad Ali         | spelling
            محمد علي              | Mohamed Ali          | transliteration
            أمينة يوسف            | Amina Yusuf          | transliteration
            Олена Коваленко       | Olena Kovalenko      | exact
            Елена Петрова         | Yelena Petrova       | transliteration
            प्रिया शर्मा            | Priya Sharma         | transliteration
            李梅                  | Mei Li               | word-order
            Γιώργος Παπαδόπουλος  | Giorgos Papadopoulos | exact
            Ngozi Okonjo-Iweala   | Ngozi Okonjo Iweala  | exact
            José Luis Rodríguez   | Jose Luis Rodriguez  | exact
            Chidinma Okeke        | Chidimma Okeke       | spelling
            """)
    void namesOfOnePersonAreClearlyAlike(String zoom, String known, String kind) {
        NameSimilarity.Similarity similarity = compare(zoom, known);
        assertTrue(similarity.score() >= NameSimilarity.CLEAR, zoom + " ~ " + known + ": " + similarity);
        assertEquals(kind, similarity.kind().code, zoom + " ~ " + known);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kwame                 | Kwame Mensah
            Amina                 | Amina Yusuf
            Priya S               | Priya Sharma Iyer
            """)
    void aFirstNameAloneIsOnlyACandidate(String zoom, String known) {
        NameSimilarity.Similarity similarity = compare(zoom, known);
        assertTrue(similarity.score() >= NameSimilarity.POSSIBLE && similarity.score() < NameSimilarity.CLEAR,
                zoom + " ~ " + known + ": " + similarity);
        assertEquals("partial", similarity.kind().code);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Amina Yusuf           | Fatima Zahra
            Kwame Mensah          | Kofi Annan
            Priya Sharma          | Olena Kovalenko
            Galaxy S21            | Mei Li
            iPhone                | Ivan Petrov
            Ali Hassan            | Alice Hansen
            Mei Lin               | Li Wei
            """)
    void differentPeopleAreNotCandidates(String zoom, String known) {
        NameSimilarity.Similarity similarity = compare(zoom, known);
        assertTrue(similarity.score() < NameSimilarity.POSSIBLE, zoom + " ~ " + known + ": " + similarity);
    }

    @Test
    void jaroWinklerAgreesWithTheTextbook() {
        assertEquals(0.961, NameSimilarity.jaroWinkler("martha", "marhta"), 0.001);
        assertEquals(0.813, NameSimilarity.jaroWinkler("dixon", "dicksonx"), 0.001);
        assertEquals(0, NameSimilarity.jaroWinkler("abc", "xyz"));
    }
}
