package org.letsconnect.platform.csv;

import java.util.ArrayList;
import java.util.List;

import org.letsconnect.platform.i18n.Message;
import org.letsconnect.platform.problem.ProblemException;

/**
 * An uploaded file that cannot be read as CSV, and exactly why: the reason, and where (line and column, 1-based,
 * columns counted in characters) when it is somewhere. {@link #problem} turns it into the 400 answer naming the
 * upload's field, in the caller's language: the platform's text for the reason (message keys
 * {@code platform-csv-*}) followed by the service's {@linkplain CsvHints hint}.
 */
public final class CsvRefusal extends RuntimeException {

    /** Why a file is refused, with its message key and the hint that follows the text. */
    public enum Reason {
        /** No bytes, only blank lines or only empty fields. */
        EMPTY("platform-csv-empty", Hint.NONE),
        /** Params: the limit in megabytes (at least 1). */
        TOO_LARGE("platform-csv-too-large", Hint.SMALLER),
        /** UTF-16 text (a byte order mark, or NUL bytes every other byte). */
        UTF16("platform-csv-utf16", Hint.EXPORT_AGAIN),
        /** Params: line, column of the first byte that UTF-8 does not allow (often Latin-1 or Windows-1252). */
        NOT_UTF8("platform-csv-not-utf8", Hint.EXPORT_AGAIN),
        /** Params: line, column of a NUL character (binary content). */
        NUL_CHARACTER("platform-csv-nul-character", Hint.EXPORT_AGAIN),
        /** Params: line, column of the quote that opens a field that never closes. */
        UNCLOSED_QUOTE("platform-csv-unclosed-quote", Hint.EXPORT_AGAIN),
        /** Params: the line that is not a CSV record (a service's own check: JSON, a single column…). */
        NOT_CSV("platform-csv-not-csv", Hint.EXPORT_AGAIN),
        /** Params: the limit. */
        TOO_MANY_ROWS("platform-csv-too-many-rows", Hint.SMALLER),
        /** Params: the missing headers, comma-separated; how many. */
        MISSING_COLUMNS("platform-csv-missing-columns", Hint.EXPORT_AGAIN);

        private final String messageKey;
        private final Hint hint;

        Reason(String messageKey, Hint hint) {
            this.messageKey = messageKey;
            this.hint = hint;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private enum Hint {
        NONE,
        EXPORT_AGAIN,
        SMALLER
    }

    private final Reason reason;
    private final transient List<Object> params;

    public CsvRefusal(Reason reason, Object... params) {
        super(reason.messageKey() + " " + List.of(params), null, false, false);
        this.reason = reason;
        this.params = List.of(params);
    }

    /** The file is larger than the limit: said in whole megabytes, at least 1. */
    public static CsvRefusal tooLarge(long maxBytes) {
        return new CsvRefusal(Reason.TOO_LARGE, Math.max(1, maxBytes / (1024 * 1024)));
    }

    /** Line {@code line} is not a CSV record. */
    public static CsvRefusal notCsv(int line) {
        return new CsvRefusal(Reason.NOT_CSV, line);
    }

    public Reason reason() {
        return reason;
    }

    /** The parameters of the reason's message, without the hint. */
    public List<Object> params() {
        return params;
    }

    /** The 400 problem naming {@code field}, its message the reason's text followed by the matching hint. */
    public ProblemException problem(String field, CsvHints hints) {
        List<Object> all = new ArrayList<>(params);
        switch (reason.hint) {
            case EXPORT_AGAIN -> all.add(Message.of(hints.exportAgain()));
            case SMALLER -> all.add(Message.of(hints.smaller()));
            case NONE -> {
                // the text says it all
            }
        }
        return ProblemException.invalidField(field, reason.messageKey(), all.toArray());
    }
}
