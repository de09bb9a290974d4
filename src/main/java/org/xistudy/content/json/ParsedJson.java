package org.xistudy.content.json;

import com.google.gson.JsonElement;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A JSON tree together with the position where each value starts, keyed by JSON path
 * ({@code $.events[3].date}). Paths are the same as those {@link JsonPaths} builds.
 *
 * <p>Positions are needed only to report a problem, and a valid pack has none; so they are found
 * the first time one is asked for, by one pass over the text beside the tree
 * ({@link ValuePositions}), not while parsing. Until then the file's bytes (or the text it was
 * given as) are kept; after it, only the positions.
 */
public final class ParsedJson {
    private final JsonElement root;
    private byte[] bytes;
    private int start;
    private String text;
    private Map<String, JsonPosition> positions;

    /** A tree read from UTF-8 bytes, whose text starts at {@code start} (after a byte order mark). */
    ParsedJson(JsonElement root, byte[] bytes, int start) {
        this.root = root;
        this.bytes = bytes;
        this.start = start;
    }

    ParsedJson(JsonElement root, String text) {
        this.root = root;
        this.text = text;
    }

    public JsonElement root() {
        return root;
    }

    /** The position of the value at {@code path}, or of its nearest ancestor that has one. */
    public JsonPosition positionOf(String path) {
        Map<String, JsonPosition> all = positions();
        String p = path;
        while (p != null) {
            JsonPosition pos = all.get(p);
            if (pos != null) {
                return pos;
            }
            p = JsonPaths.parent(p);
        }
        return JsonPosition.START;
    }

    private synchronized Map<String, JsonPosition> positions() {
        if (positions == null) {
            String source = text != null ? text
                    : new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            positions = ValuePositions.of(source, root);
            text = null;
            bytes = null;
        }
        return positions;
    }
}
