package org.letsconnect.platform.problem;

/**
 * A field a service found at fault, named by its JSON path in the request, with the message key (and
 * parameters) that explains why; rendered in the caller's language.
 */
public record InvalidField(String field, String messageKey, Object... params) {
}
