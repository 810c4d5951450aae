package org.letsconnect.platform.problem;

import java.util.List;

/**
 * Thrown by services for a refusal the caller can act on; rendered as problem+json in the caller's language.
 * Titles and details are message keys, never English text.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String titleKey;
    private final String detailKey;
    private final transient Object[] detailParams;
    private final List<InvalidField> invalidFields;

    /**
     * @param status the HTTP status
     * @param slug the stable last part of the problem type URI, e.g. {@code unknown-skill}
     * @param titleKey the message key of the title
     * @param detailKey the message key of the detail, or null
     * @param detailParams the detail's parameters ($1, $2 …)
     */
    public ProblemException(int status, String slug, String titleKey, String detailKey, Object... detailParams) {
        this(status, slug, titleKey, detailKey, List.of(), detailParams);
    }

    private ProblemException(int status, String slug, String titleKey, String detailKey,
            List<InvalidField> invalidFields, Object... detailParams) {
        super(slug + (detailKey == null ? "" : ": " + detailKey));
        this.status = status;
        this.slug = slug;
        this.titleKey = titleKey;
        this.detailKey = detailKey;
        this.detailParams = detailParams;
        this.invalidFields = List.copyOf(invalidFields);
    }

    /** 404: the thing named by the request does not exist (or the caller may not know it exists). */
    public static ProblemException notFound(String detailKey, Object... params) {
        return new ProblemException(404, "not-found", "platform-problem-not-found", detailKey, params);
    }

    /** 409: the request makes no sense in the current state. */
    public static ProblemException conflict(String slug, String detailKey, Object... params) {
        return new ProblemException(409, slug, "platform-problem-conflict", detailKey, params);
    }

    /** 403: signed in, but not allowed to do this. */
    public static ProblemException forbidden(String detailKey, Object... params) {
        return new ProblemException(403, "forbidden", "platform-problem-forbidden", detailKey, params);
    }

    /** 400 with the fields at fault, for rules that bean validation cannot express (an unknown skill code…). */
    public static ProblemException invalidFields(List<InvalidField> invalidFields) {
        return new ProblemException(400, "validation", "platform-problem-validation", null, invalidFields);
    }

    /** 400 for one field at fault. */
    public static ProblemException invalidField(String field, String messageKey, Object... params) {
        return invalidFields(List.of(new InvalidField(field, messageKey, params)));
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String titleKey() {
        return titleKey;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailParams() {
        return detailParams;
    }

    public List<InvalidField> invalidFields() {
        return invalidFields;
    }
}
