package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xistudy.content.json.JsonPaths;
import org.xistudy.content.json.JsonPosition;
import org.xistudy.content.json.JsonSyntaxError;
import org.xistudy.content.json.ParsedJson;
import org.xistudy.content.json.PositionedJsonParser;

/**
 * Positions are found after parsing, by a second pass over the text. Checked here against the
 * text itself: at every value's position of the bundled pack (and of awkward small documents)
 * stands the first character of that value, and reading one JSON value from there gives back
 * exactly the value at that path.
 */
class ValuePositionsTest {

    @Test
    void everyValueOfTheBundledPackIsFoundWhereItStands() throws IOException, JsonSyntaxError {
        String text;
        try (InputStream in = PackLoader.class.getResourceAsStream(PackLoader.DEFAULT_PACK)) {
            text = PositionedJsonParser.decodeUtf8(in.readAllBytes());
        }
        int checked = checkAll(text);
        assertEquals(true, checked > 5_000, "values checked: " + checked);
    }

    @Test
    void awkwardDocuments() throws JsonSyntaxError, IOException {
        checkAll("{\"a\\\"b\": [ \"x\\\\\", \"\\\"\" ,\r\n\t{\"c\":null,\"d\":[true,false,-1.5e3]} ], \"\":{}, \"e\\u0041\":[]}");
        checkAll("[\n\n  [ ],\n  { } ,\"\\\\\\\"\"\n]");
        checkAll("  \"only\"  ");
        checkAll("{\"习近平\": {\"年\": [2012, 2017]}, \"odd name\": 1}");
    }

    @Test
    void aDuplicateNameIsReportedAtItsOpeningQuoteEvenWithEscapes() {
        JsonSyntaxError e = assertThrows(JsonSyntaxError.class,
                () -> PositionedJsonParser.parse("{\"a\\\"\\\\\": 1,\n   \"a\\\"\\\\\": 2}"));
        assertEquals(new JsonPosition(2, 4), e.position());
        assertEquals("$['a\"\\\\']", e.path());
    }

    @Test
    void malformedUtf8IsStillRefusedAndAGenuineReplacementCharacterAccepted() throws JsonSyntaxError {
        assertEquals("{\"a\": \"\uFFFD\"}", PositionedJsonParser.decodeUtf8("{\"a\": \"\uFFFD\"}".getBytes(StandardCharsets.UTF_8)));
        byte[] overlong = {'"', (byte) 0xC0, (byte) 0xAF, '"'};
        assertThrows(JsonSyntaxError.class, () -> PositionedJsonParser.decodeUtf8(overlong));
        byte[] surrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        assertThrows(JsonSyntaxError.class, () -> PositionedJsonParser.decodeUtf8(surrogate));
    }

    private static int checkAll(String text) throws JsonSyntaxError, IOException {
        ParsedJson json = PositionedJsonParser.parse(text);
        List<Integer> lineStarts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        List<Map.Entry<String, JsonElement>> values = new ArrayList<>();
        collect(JsonPaths.ROOT, json.root(), values);
        for (Map.Entry<String, JsonElement> v : values) {
            JsonPosition at = json.positionOf(v.getKey());
            int offset = lineStarts.get(at.line() - 1) + at.column() - 1;
            JsonReader reader = new JsonReader(new From(text, offset));
            reader.setStrictness(Strictness.STRICT);
            assertEquals(v.getValue(), JsonParser.parseReader(reader), v.getKey() + " at " + at);
        }
        return values.size();
    }

    /** Reads a string from an offset on, without copying it. */
    private static final class From extends Reader {
        private final String text;
        private int at;

        From(String text, int at) {
            this.text = text;
            this.at = at;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(len, text.length() - at);
            text.getChars(at, at + n, buf, off);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    private static void collect(String path, JsonElement e, List<Map.Entry<String, JsonElement>> out) {
        out.add(Map.entry(path, e));
        if (e.isJsonObject()) {
            e.getAsJsonObject().entrySet().forEach(m -> collect(JsonPaths.member(path, m.getKey()), m.getValue(), out));
        } else if (e.isJsonArray()) {
            for (int i = 0; i < e.getAsJsonArray().size(); i++) {
                collect(JsonPaths.index(path, i), e.getAsJsonArray().get(i), out);
            }
        }
    }
}
