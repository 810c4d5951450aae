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
            case "Size", "Length" -> sizeOf(violation.getInvalidValue()) > ((Number) attributes.get("max")).longValue()
                    ? new InvalidField(field, "platform-field-too-long", attributes.get("max"))
                    : new InvalidField(field, "platform-field-invalid");
            case "Min", "Max", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero", "DecimalMin",
                    "DecimalMax", "Range" ->
                new InvalidField(field, "platform-field-out-of-range");
            default -> new InvalidField(field, "platform-field-invalid");
        };
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
