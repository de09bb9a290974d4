package org.xistudy.content;

import java.util.Comparator;
import org.xistudy.content.json.JsonPosition;

/**
 * One problem found in a content file. It prints as
 * {@code FILE:LINE:COL: error|warning: $.events[3].date: message}.
 */
public record Problem(Severity severity, String file, JsonPosition position, String path, String message) {
    /** Messages quote values from the file; a huge value is cut, so that a report stays readable. */
    static final int MAX_MESSAGE = 400;

    public Problem {
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "\u2026 (" + message.length() + " characters)";
        }
    }

    /** Errors stop a pack from loading; warnings do not. */
    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return this == ERROR ? "error" : "warning";
        }
    }

    /** File order: by line, then column, then path. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparingInt((Problem p) -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::path)
            .thenComparing(Problem::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Problem withFile(String newFile) {
        return new Problem(severity, newFile, position, path, message);
    }

    /** The one-line form used on the command line and in the error dialog. */
    public String format() {
        return file + ":" + position.line() + ":" + position.column() + ": " + severity.label() + ": " + path
                + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
