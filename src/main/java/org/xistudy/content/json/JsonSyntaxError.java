package org.xistudy.content.json;

/** A JSON text that cannot be read at all: a syntax error, nesting too deep, or a bad encoding. */
public final class JsonSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    private final JsonPosition position;
    private final String path;

    public JsonSyntaxError(String message, JsonPosition position, String path) {
        super(message);
        this.position = position;
        this.path = path;
    }

    public JsonPosition position() {
        return position;
    }

    /** The JSON path of the value being read when the error happened, for example {@code $.events[3]}. */
    public String path() {
        return path;
    }
}
