package org.letsconnect.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

class PageNumbersTest {

    @Test
    void missingNumbersTakeTheDefaults() {
        assertEquals(new PageNumbers.Page(0, 20), PageNumbers.parse(null, " ", 20, 100));
        assertEquals(new PageNumbers.Page(3, 7), PageNumbers.parse(" 3 ", "7", 20, 100));
    }

    @Test
    void everyWrongNumberIsNamed() {
        List<InvalidField> invalid = new ArrayList<>();
        PageNumbers.Page page = PageNumbers.parse(invalid, "-1", "many", 20, 100);
        assertEquals(new PageNumbers.Page(0, 20), page, "the defaults stand in for what is wrong");
        assertEquals(List.of("page", "size"), invalid.stream().map(InvalidField::field).toList());
        assertEquals("platform-field-out-of-range", invalid.get(0).messageKey());
        assertEquals("platform-field-not-a-number", invalid.get(1).messageKey());

        invalid.clear();
        PageNumbers.parse(invalid, "0", "101", 20, 100);
        assertEquals(List.of("size"), invalid.stream().map(InvalidField::field).toList());
    }

    @Test
    void onItsOwnAWrongPageIsRefused() {
        assertThrows(ProblemException.class, () -> PageNumbers.parse("100001", null, 20, 100));
    }

    @Test
    void aCountOfItsOwnIsReadOrRefusedNamingItsField() {
        assertEquals(10, PageNumbers.number("limit", null, 10, 1, 50));
        assertEquals(50, PageNumbers.number("limit", " 50 ", 10, 1, 50));
        ProblemException tooMany = assertThrows(ProblemException.class,
                () -> PageNumbers.number("limit", "51", 10, 1, 50));
        assertEquals(400, tooMany.status());
        assertEquals(List.of("limit"), tooMany.invalidFields().stream().map(InvalidField::field).toList());
        assertEquals("platform-field-out-of-range", tooMany.invalidFields().get(0).messageKey());
    }
}
