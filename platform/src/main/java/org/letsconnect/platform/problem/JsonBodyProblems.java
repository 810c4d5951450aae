package org.letsconnect.platform.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.letsconnect.platform.input.UnusableCharacters;
import org.letsconnect.platform.input.UnusableTextException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Says what is wrong with a request body Jackson could not read, as the field at fault (its JSON path, or
 * {@code body} where the fault has no place in the body's structure) and the message that explains it: text with an
 * unusable character, a key given twice, a value of the wrong type (naming the type expected), JSON that does not
 * parse (with its line and column).
 */
final class JsonBodyProblems {

    /** The field of a fault that belongs to the body as a whole. */
    static final String BODY = "body";

    /** How Jackson begins the message of a duplicate key (it has no exception type of its own). */
    private static final String DUPLICATE_FIELD = "Duplicate field '";
    /** How Jackson begins the message of an empty body. */
    private static final String NO_CONTENT = "No content to map";

    /** What was found: the field and why; where reading stopped ({@code 3:14}) when the body is not JSON at all. */
    record Fault(InvalidField field, String malformedAt) {

        boolean malformed() {
            return malformedAt != null;
        }
    }

    private JsonBodyProblems() {
    }

    static Fault of(JsonProcessingException failure) {
        String path = failure instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        UnusableTextException unusable = cause(failure, UnusableTextException.class);
        if (unusable != null) {
            return field(orBody(path), "platform-field-unusable-character",
                    UnusableCharacters.name(unusable.codePoint()));
        }
        JsonParseException parse = cause(failure, JsonParseException.class);
        if (parse != null && parse.getOriginalMessage() != null
                && parse.getOriginalMessage().startsWith(DUPLICATE_FIELD)) {
            return field(duplicatePath(parse).orElse(BODY), "platform-field-duplicate");
        }
        if (parse == null && failure instanceof MismatchedInputException mismatch) {
            if (failure.getOriginalMessage() != null && failure.getOriginalMessage().startsWith(NO_CONTENT)) {
                return field(BODY, "platform-field-required");
            }
            if (mismatch instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum() && format.getValue() instanceof String value) {
                return field(orBody(path), "platform-field-unknown-value", value);
            }
            return field(orBody(path), expected(mismatch));
        }
        if (parse == null && !path.isEmpty()) {
            // a value of the right type the type still refused, such as a record's own check
            return field(path, "platform-field-invalid");
        }
        JsonLocation location = (parse != null ? parse : failure).getLocation();
        int line = location == null ? 1 : location.getLineNr();
        int column = location == null ? 1 : location.getColumnNr();
        return new Fault(new InvalidField(orBody(path), "platform-field-not-json", line, column), line + ":" + column);
    }

    private static Fault field(String field, String messageKey, Object... params) {
        return new Fault(new InvalidField(field, messageKey, params), null);
    }

    private static String expected(MismatchedInputException mismatch) {
        Class<?> type = mismatch.getTargetType();
        if (type == null) {
            return "platform-field-invalid";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "platform-field-expected-whole-number";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == BigDecimal.class) {
            return "platform-field-expected-number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "platform-field-expected-boolean";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "platform-field-expected-text";
        }
        if (type.isEnum()) {
            return "platform-field-invalid";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "platform-field-expected-list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()
                || !(mismatch instanceof InvalidFormatException) && !type.getName().startsWith("java.")) {
            return "platform-field-expected-object";
        }
        return "platform-field-invalid";
    }

    /**
     * The path of the key given twice. The parser stopped on it, so its reading context names it, with the objects
     * and arrays around it.
     */
    private static Optional<String> duplicatePath(JsonParseException duplicate) {
        JsonParser parser = duplicate.getProcessor();
        if (parser == null) {
            return Optional.empty();
        }
        String path = "";
        for (JsonStreamContext context = parser.getParsingContext(); context != null
                && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                path = "[" + context.getCurrentIndex() + "]" + (path.isEmpty() || path.startsWith("[") ? "" : ".")
                        + path;
            } else if (context.getCurrentName() != null) {
                path = context.getCurrentName() + (path.isEmpty() || path.startsWith("[") ? "" : ".") + path;
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(path);
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String orBody(String path) {
        return path.isEmpty() ? BODY : path;
    }

    /** The path as the client wrote it: {@code languages[0].code}. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
