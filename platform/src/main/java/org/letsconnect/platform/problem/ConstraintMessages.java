package org.letsconnect.platform.problem;

import java.lang.annotation.Annotation;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

/**
 * Chooses the message for a bean-validation failure: a constraint whose message is a bundle key in braces
 * ({@code message = "{registry-error-unknown-skill}"}) uses that key; the standard constraints map to the
 * platform's field messages, with their limits as parameters.
 */
final class ConstraintMessages {

    private ConstraintMessages() {
    }

    static InvalidField invalidField(String field, ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")
                && !template.startsWith("{jakarta.") && !template.startsWith("{org.hibernate.")) {
            return new InvalidField(field, template.substring(1, template.length() - 1));
        }
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (constraint.annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> new InvalidField(field, "platform-field-required");
            case "Size", "Length" -> tooLongOrInvalid(field, violation.getInvalidValue(), attributes.get("max"));
            case "Min", "DecimalMin" -> new InvalidField(field, "platform-field-too-small", limit(attributes.get("value")));
            case "Max", "DecimalMax" -> new InvalidField(field, "platform-field-too-large", limit(attributes.get("value")));
            case "Positive" -> new InvalidField(field, "platform-field-too-small", 1);
            case "PositiveOrZero" -> new InvalidField(field, "platform-field-too-small", 0);
            case "Range" -> new InvalidField(field, "platform-field-out-of-range", limit(attributes.get("min")),
                    limit(attributes.get("max")));
            default -> new InvalidField(field, "platform-field-invalid");
        };
    }

    private static InvalidField tooLongOrInvalid(String field, Object value, Object max) {
        if (max instanceof Number limit && sizeOf(value) > limit.longValue()) {
            return new InvalidField(field, value instanceof CharSequence ? "platform-field-too-long"
                    : "platform-field-too-many", limit);
        }
        return new InvalidField(field, "platform-field-invalid");
    }

    /** Limits arrive as long or as decimal text; numbers are formatted for the reader's locale later. */
    private static Object limit(Object value) {
        if (value instanceof String text) {
            try {
                return new java.math.BigDecimal(text);
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return value;
    }

    private static long sizeOf(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof java.util.Map<?, ?> map) {
            return map.size();
        }
        return 0;
    }
}
