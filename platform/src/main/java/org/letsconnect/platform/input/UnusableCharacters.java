package org.letsconnect.platform.input;

import java.util.OptionalInt;

/**
 * The characters no text a person sends may hold: NUL, which PostgreSQL cannot store in text; a lone surrogate (half
 * of a UTF-16 pair), which has no UTF-8 form and would be stored as a question mark; and the other C0 control
 * characters but tab, line feed and carriage return, which no one types and which mail and calendar formats refuse.
 * A text holding one is refused, never cleaned: what the person meant cannot be guessed.
 */
public final class UnusableCharacters {

    private UnusableCharacters() {
    }

    /** The first unusable character of the text, as a code point (a lone surrogate as itself), if any. */
    public static OptionalInt find(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isRefusedControl(c)) {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
    }

    /** How a character is named in a message: {@code U+0000}. */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static boolean isRefusedControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
}
