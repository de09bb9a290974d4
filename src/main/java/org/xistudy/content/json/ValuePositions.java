package org.xistudy.content.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds where each value of a parsed document starts, by walking its text and its tree side by
 * side. The text has already been read by {@link PositionedJsonParser}, so it is known to be
 * strict JSON whose members come in the tree's order; this pass only skips over tokens and
 * counts lines, which makes it several times cheaper than asking the parser for its location at
 * every value.
 *
 * <p>Lines and columns count as Gson counts them (and as the parser reports syntax errors): a
 * line ends at {@code \n}; a column is the UTF-16 index in the line plus one.
 */
final class ValuePositions {
    private final String text;
    private final Map<String, JsonPosition> positions = new HashMap<>();
    private int at;
    private int line = 1;
    private int lineStart;

    private ValuePositions(String text) {
        this.text = text;
    }

    static Map<String, JsonPosition> of(String text, JsonElement root) {
        ValuePositions walk = new ValuePositions(text);
        walk.value(root, JsonPaths.ROOT);
        return walk.positions;
    }

    private void value(JsonElement element, String path) {
        skipSpace();
        positions.put(path, new JsonPosition(line, at - lineStart + 1));
        char c = text.charAt(at);
        if (c == '{') {
            at++;
            for (Map.Entry<String, JsonElement> member : ((JsonObject) element).entrySet()) {
                skipSpace();
                skipString();
                skipSpace();
                at++; // the ':'
                value(member.getValue(), JsonPaths.member(path, member.getKey()));
                skipComma();
            }
            skipSpace();
            at++; // the '}'
        } else if (c == '[') {
            at++;
            JsonArray array = (JsonArray) element;
            for (int i = 0; i < array.size(); i++) {
                value(array.get(i), JsonPaths.index(path, i));
                skipComma();
            }
            skipSpace();
            at++; // the ']'
        } else if (c == '"') {
            skipString();
        } else {
            while (at < text.length() && ",]} \t\r\n".indexOf(text.charAt(at)) < 0) {
                at++;
            }
        }
    }

    private void skipComma() {
        skipSpace();
        if (at < text.length() && text.charAt(at) == ',') {
            at++;
        }
    }

    /** Skips a string token; strict JSON strings hold no raw line breaks. */
    private void skipString() {
        at++;
        while (text.charAt(at) != '"') {
            at += text.charAt(at) == '\\' ? 2 : 1;
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                line++;
                at++;
                lineStart = at;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                at++;
            } else {
                return;
            }
        }
    }
}
