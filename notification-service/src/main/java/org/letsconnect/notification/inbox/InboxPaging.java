package org.letsconnect.notification.inbox;

import java.util.ArrayList;
import java.util.List;

import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

/** The {@code page} and {@code size} of an inbox request, checked; {@code page} counts from 0. */
record InboxPaging(int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    private static final int MAX_PAGE = 100_000;

    static InboxPaging parse(String page, String size) {
        List<InvalidField> invalid = new ArrayList<>();
        int pageNumber = number(invalid, "page", page, 0, 0, MAX_PAGE);
        int pageSize = number(invalid, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return new InboxPaging(pageNumber, pageSize);
    }

    private static int number(List<InvalidField> invalid, String field, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                invalid.add(new InvalidField(field, "platform-field-out-of-range", min, max));
            }
            return number;
        } catch (NumberFormatException e) {
            invalid.add(new InvalidField(field, "platform-field-not-a-number"));
            return absent;
        }
    }
}
