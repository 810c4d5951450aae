package org.letsconnect.matching.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.letsconnect.contracts.matching.ConnectionStates;
import org.letsconnect.platform.paging.PageNumbers;
import org.letsconnect.platform.problem.InvalidField;
import org.letsconnect.platform.problem.ProblemException;

/** The role and state filters and the page of a connection list, checked. */
record ConnectionFilter(String role, String state, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    private static final Set<String> ROLES = Set.of(Connection.LEARNER, Connection.SHARER);

    static ConnectionFilter parse(String role, String state, String page, String size) {
        List<InvalidField> invalid = new ArrayList<>();
        if (role != null && !ROLES.contains(role)) {
            invalid.add(new InvalidField("role", "platform-field-unknown-value", role));
        }
        if (state != null && !ConnectionStates.ALL.contains(state)) {
            invalid.add(new InvalidField("state", "platform-field-unknown-value", state));
        }
        PageNumbers.Page paging = PageNumbers.parse(invalid, page, size, DEFAULT_SIZE, MAX_SIZE);
        if (!invalid.isEmpty()) {
            throw ProblemException.invalidFields(invalid);
        }
        return new ConnectionFilter(role, state, paging.page(), paging.size());
    }
}
