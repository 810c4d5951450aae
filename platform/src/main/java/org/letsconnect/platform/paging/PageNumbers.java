package org.letsconnect.platform.paging;

import java.util.ArrayList;
import java.util.List;

import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

/**
 * Reads the {@code page} and {@code size} query parameters every list takes, and other counts such as a {@code limit},
 * naming what is wrong with them.
 */
public final class PageNumbers {

    private static final int MAX_PAGE = 100_000;

    /** A page request: {@code page} counts from 0. */
    public record Page(int page, int size) {
    }

    private PageNumbers() {
    }

    /** The page asked for; a 400 naming {@code page} and {@code size} when either is wrong. */
    public static Page parse(String page, String size, int defaultSize, int maxSize) {
        List<InvalidField> invalid = new ArrayList<>();
        Page parsed = parse(invalid, page, size, defaultSize, maxSize);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return parsed;
    }

    /**
     * Adds what is wrong to {@code invalid} and answers the defaults for what is missing or wrong, for a request that
     * checks other parameters too and names every wrong one at once.
     */
    public static Page parse(List<InvalidField> invalid, String page, String size, int defaultSize, int maxSize) {
        return new Page(number(invalid, "page", page, 0, 0, MAX_PAGE),
                number(invalid, "size", size, defaultSize, 1, maxSize));
    }

    /**
     * A whole-number query parameter from {@code min} to {@code max}, {@code fallback} when missing; a 400 naming the
     * field when it is not a number or out of range.
     */
    public static int number(String field, String value, int fallback, int min, int max) {
        List<InvalidField> invalid = new ArrayList<>();
        int number = number(invalid, field, value, fallback, min, max);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return number;
    }

    private static int number(List<InvalidField> invalid, String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                invalid.add(new InvalidField(field, "platform-field-out-of-range", min, max));
                return fallback;
            }
            return number;
        } catch (NumberFormatException e) {
            invalid.add(new InvalidField(field, "platform-field-not-a-number"));
            return fallback;
        }
    }
}
