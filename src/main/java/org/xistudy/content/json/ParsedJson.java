package org.xistudy.content.json;

import com.google.gson.JsonElement;
import java.util.Map;

/**
 * A JSON tree together with the position where each value starts, keyed by JSON path
 * ({@code $.events[3].date}). Paths are the same as those {@link JsonPaths} builds.
 */
public record ParsedJson(JsonElement root, Map<String, JsonPosition> positions) {

    /** The position of the value at {@code path}, or of its nearest ancestor that has one. */
    public JsonPosition positionOf(String path) {
        String p = path;
        while (p != null) {
            JsonPosition pos = positions.get(p);
            if (pos != null) {
                return pos;
            }
            p = JsonPaths.parent(p);
        }
        return JsonPosition.START;
    }
}
