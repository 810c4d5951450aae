package org.letsconnect.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holding a character of {@link UnusableCharacters}. A mismatched input, as a number where text is
 * expected: Jackson adds the path of the field to it as it unwinds, and the REST layer hands it to the problem
 * mappers as it is, which name that field.
 */
public class UnusableTextException extends MismatchedInputException {

    private final int codePoint;

    UnusableTextException(JsonParser parser, int codePoint) {
        super(parser, "Text holds the unusable character " + UnusableCharacters.name(codePoint), String.class);
        this.codePoint = codePoint;
    }

    /** The refused character, as a code point. */
    public int codePoint() {
        return codePoint;
    }
}
