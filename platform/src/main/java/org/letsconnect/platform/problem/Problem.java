package org.letsconnect.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 *
 * @param type a stable URI naming the kind of problem; clients branch on it, never on the title
 * @param title a short summary in the caller's language
 * @param status the HTTP status
 * @param detail what exactly went wrong, in the caller's language
 * @param instance the request path
 * @param errors for validation problems, each field at fault
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:letsconnect:problem:";

    /** One field at fault: its JSON path in the request ({@code languages[0].code}) or parameter name. */
    public record FieldError(String field, String message) {
    }
}
