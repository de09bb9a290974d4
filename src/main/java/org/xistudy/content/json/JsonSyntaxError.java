package org.xistudy.content.json;

import org.xistudy.content.Messages;

/** A JSON text that cannot be read at all: a syntax error, nesting too deep, or a bad encoding. */
public final class JsonSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    private final JsonPosition position;
    private final String path;
    private final transient Messages.Text text;

    public JsonSyntaxError(String message, JsonPosition position, String path) {
        this(Messages.Text.plain(message), position, path);
    }

    public JsonSyntaxError(Messages.Text text, JsonPosition position, String path) {
        super(text.english());
        this.position = position;
        this.path = path;
        this.text = text;
    }

    /** The message with its key and arguments, when it has a template. */
    public Messages.Text text() {
        return text;
    }

    public JsonPosition position() {
        return position;
    }

    /** The JSON path of the value being read when the error happened, for example {@code $.events[3]}. */
    public String path() {
        return path;
    }
}
