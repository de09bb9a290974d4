package org.xistudy.content;

import java.util.Comparator;
import java.util.List;
import org.xistudy.content.json.JsonPosition;

/**
 * One problem found in a content file. It prints as
 * {@code FILE:LINE:COL: error|warning: $.events[3].date: message}. The message is English;
 * a problem made from a {@link Messages} key also carries the key and its arguments, so that
 * the UI can say it in its own language ({@code key} is null for a message with no template).
 */
public record Problem(Severity severity, String file, JsonPosition position, String path, String message, String key,
        List<String> args) {
    /** Messages quote values from the file; a huge value is cut, so that a report stays readable. */
    public static final int MAX_MESSAGE = 400;

    public Problem {
        message = cut(message);
        args = args == null ? List.of() : args.stream().map(a -> cut(String.valueOf(a))).toList();
    }

    /** A problem with an English message only. */
    public Problem(Severity severity, String file, JsonPosition position, String path, String message) {
        this(severity, file, position, path, message, null, List.of());
    }

    /** A problem whose message is {@code text}: its English, and its key and arguments when it has them. */
    public Problem(Severity severity, String file, JsonPosition position, String path, Messages.Text text) {
        this(severity, file, position, path, text.english(), text.key(), text.args());
    }

    /** An error with the message of {@code key} and its arguments. */
    public static Problem error(String file, JsonPosition position, String path, String key, Object... args) {
        return new Problem(Severity.ERROR, file, position, path, Messages.Text.of(key, args));
    }

    /** A warning with the message of {@code key} and its arguments. */
    public static Problem warning(String file, JsonPosition position, String path, String key, Object... args) {
        return new Problem(Severity.WARNING, file, position, path, Messages.Text.of(key, args));
    }

    /** A text cut to {@link #MAX_MESSAGE} characters, saying how long it was. */
    public static String cut(String text) {
        if (text != null && text.length() > MAX_MESSAGE) {
            return text.substring(0, MAX_MESSAGE) + "\u2026 (" + text.length() + " characters)";
        }
        return text;
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
        return new Problem(severity, newFile, position, path, message, key, args);
    }

    /** The one-line form used on the command line and in the error dialog. */
    public String format() {
        return location() + ": " + severity.label() + ": " + path + ": " + message;
    }

    /** Where the problem is: {@code FILE:LINE:COL}. */
    public String location() {
        return file + ":" + position.line() + ":" + position.column();
    }

    @Override
    public String toString() {
        return format();
    }
}
