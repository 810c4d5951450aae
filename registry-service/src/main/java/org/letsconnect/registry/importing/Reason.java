package org.letsconnect.registry.importing;

import java.util.List;

/**
 * Why a row was skipped or what was left out of it: a message of the registry bundle ({@value #PREFIX} + code) and
 * its parameters, rendered in the caller's language for the report. A parameter may itself be a {@code Reason}
 * (or an {@link org.letsconnect.platform.problem.InvalidField}), rendered first.
 */
record Reason(String code, List<Object> params) {

    static final String PREFIX = "registry-import-";

    static Reason of(String code, Object... params) {
        return new Reason(code, List.of(params));
    }

    String key() {
        return PREFIX + code;
    }
}
