package org.letsconnect.clinic.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.letsconnect.platform.paging.PageNumbers;
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
        PageNumbers.Page paging = PageNumbers.parse(invalid, page, size, DEFAULT_SIZE, MAX_SIZE);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return new RegistrationFilter(status, paging.page(), paging.size());
    }
}
