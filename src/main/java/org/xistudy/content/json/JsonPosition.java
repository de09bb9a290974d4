package org.xistudy.content.json;

/** A 1-based line and column in a JSON text. */
public record JsonPosition(int line, int column) {
    public static final JsonPosition START = new JsonPosition(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
