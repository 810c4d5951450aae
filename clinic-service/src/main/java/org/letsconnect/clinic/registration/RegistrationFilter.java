package org.letsconnect.clinic.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

/** The status filter and page of a registration list, checked. */
record RegistrationFilter(String status, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    private static final Set<String> STATUSES = Set.of(Registration.CONFIRMED, Registration.WAITLISTED,
            Registration.CANCELLED);

    static RegistrationFilter parse(String status, String page, String size) {
        List<InvalidField> invalid = new ArrayList<>();
        if (status != null && !STATUSES.contains(status)) {
            invalid.add(new InvalidField("status", "platform-field-unknown-value", status));
        }
        int pageNumber = number(invalid, "page", page, 0, 0, 100_000);
        int pageSize = number(invalid, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return new RegistrationFilter(status, pageNumber, pageSize);
    }

    private static int number(List<InvalidField> invalid, String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                invalid.add(new InvalidField(field, "platform-field-out-of-range", min, max));
            }
            return number;
        } catch (NumberFormatException e) {
            invalid.add(new InvalidField(field, "platform-field-not-a-number"));
            return fallback;
        }
    }
}
