package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xistudy.content.json.JsonPosition;
import org.xistudy.content.json.JsonSyntaxError;
import org.xistudy.content.json.ParsedJson;
import org.xistudy.content.json.PositionedJsonParser;

class PositionedJsonParserTest {

    @Test
    void recordsWhereEachValueStarts() throws JsonSyntaxError {
        String text = "{\n  \"a\": [1, {\"b\": \"x\"}],\n    \"c\": true }";
        ParsedJson json = PositionedJsonParser.parse(text);
        assertEquals(new JsonPosition(1, 1), json.positionOf("$"));
        assertEquals(new JsonPosition(2, 8), json.positionOf("$.a"));
        assertEquals(new JsonPosition(2, 9), json.positionOf("$.a[0]"));
        assertEquals(new JsonPosition(2, 12), json.positionOf("$.a[1]"));
        assertEquals(new JsonPosition(2, 18), json.positionOf("$.a[1].b"));
        assertEquals(new JsonPosition(3, 10), json.positionOf("$.c"));
        // A path without a value of its own falls back to its nearest ancestor.
        assertEquals(new JsonPosition(2, 12), json.positionOf("$.a[1].missing"));
    }

    @Test
    void namesWithOddCharactersGetBracketPaths() throws JsonSyntaxError {
        ParsedJson json = PositionedJsonParser.parse("{\"odd name\": {\"x\": 1}}");
        assertEquals(new JsonPosition(1, 22 - 8), json.positionOf("$['odd name']"));
        assertEquals(new JsonPosition(1, 20), json.positionOf("$['odd name'].x"));
    }

    @Test
    void syntaxErrorsCarryLineColumnAndPath() {
        JsonSyntaxError e = assertThrows(JsonSyntaxError.class, () -> PositionedJsonParser.parse("{\"a\":\n [1,,2]}"));
        assertEquals(new JsonPosition(2, 5), e.position());
        assertEquals("$.a[1]", e.path());
        JsonSyntaxError colon = assertThrows(JsonSyntaxError.class,
                () -> PositionedJsonParser.parse("{\n  \"a\" 1\n}"));
        assertEquals(2, colon.position().line());
        assertEquals("expected ':' after a member name, found '1'", colon.getMessage());
    }

    @Test
    void nestingLimitIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(PositionedJsonParser.MAX_DEPTH) + "]".repeat(PositionedJsonParser.MAX_DEPTH);
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> PositionedJsonParser.parse(deep));
        String deeper = "[" + deep + "]";
        JsonSyntaxError e = assertThrows(JsonSyntaxError.class, () -> PositionedJsonParser.parse(deeper));
        assertEquals(new JsonPosition(1, PositionedJsonParser.MAX_DEPTH + 1), e.position());
    }

    @Test
    void utf8IsDecodedStrictlyWithThePositionOfTheBadByte() throws JsonSyntaxError {
        byte[] good = "\uFEFF{\"zh\": \"习近平\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals("{\"zh\": \"习近平\"}", PositionedJsonParser.decodeUtf8(good));
        byte[] bad = "{\n \"a\": \"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        JsonSyntaxError e = assertThrows(JsonSyntaxError.class, () -> PositionedJsonParser.decodeUtf8(bad));
        assertEquals(new JsonPosition(2, 8), e.position());
        byte[] truncated = {'"', (byte) 0xE4, (byte) 0xB9};
        assertThrows(JsonSyntaxError.class, () -> PositionedJsonParser.decodeUtf8(truncated));
    }

    @Test
    void aHugeMemberNameIsALocatedErrorAndPathsShortenLongNames() throws JsonSyntaxError {
        String huge = "n".repeat(PositionedJsonParser.MAX_NAME_LENGTH + 1);
        JsonSyntaxError e = assertThrows(JsonSyntaxError.class,
                () -> PositionedJsonParser.parse("{\n  \"" + huge + "\": [1, 2]}"));
        assertEquals(new JsonPosition(2, 3), e.position());
        assertEquals(true, e.getMessage().contains("1001 characters"), e.getMessage());
        assertEquals(true, e.path().length() < 100, "the path names only the start: " + e.path());

        String longName = "m".repeat(200);
        ParsedJson json = PositionedJsonParser.parse("{\"" + longName + "\": {\"x\": 1}}");
        assertEquals(new JsonPosition(1, 212), json.positionOf("$['" + "m".repeat(40) + "\u2026 (200 characters)'].x"));
    }
}
