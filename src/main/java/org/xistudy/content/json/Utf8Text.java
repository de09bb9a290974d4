package org.xistudy.content.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.xistudy.content.Messages;

/** Strict UTF-8 for the JSON reader: decoding that refuses what is malformed, and positions. */
final class Utf8Text {
    private Utf8Text() {
    }

    static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The text of the bytes, without a leading byte order mark; malformed UTF-8 is an error. */
    static String decode(byte[] bytes) throws JsonSyntaxError {
        // The JDK's own decoding is several times faster than a decoder, but it replaces what is
        // malformed with U+FFFD instead of refusing it. Text without U+FFFD was well formed;
        // text with it (a file may hold U+FFFD itself) is checked again strictly.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            check(bytes, 0, bytes.length);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Refuses {@code bytes[from, to)} unless it is well-formed UTF-8, naming the first bad byte. */
    static void check(byte[] bytes, int from, int to) throws JsonSyntaxError {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new JsonSyntaxError(Messages.Text.of("notUtf8At", String.format("%02X", bytes[offset] & 0xFF),
                    offset), positionOfByte(bytes, offset), JsonPaths.ROOT);
        }
        try {
            result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new JsonSyntaxError(Messages.Text.of("notUtf8"), JsonPosition.START, JsonPaths.ROOT);
        }
    }

    /** Where a byte that is not UTF-8 stands: its line, and the characters before it plus one. */
    private static JsonPosition positionOfByte(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new JsonPosition(line, column);
    }

    /**
     * The line and column of a byte offset in well-formed UTF-8 whose text starts at
     * {@code start}: a line ends at {@code \n}, a column is the UTF-16 index in the line plus one.
     */
    static JsonPosition position(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new JsonPosition(line, before.length() + 1);
    }

    /** The code point whose encoding starts at {@code offset}, or -1 where none starts. */
    static int codePointAt(byte[] bytes, int offset) {
        int lead = bytes[offset] & 0xFF;
        int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
        if (length == 0 || offset + length > bytes.length) {
            return -1;
        }
        String s = new String(bytes, offset, length, StandardCharsets.UTF_8);
        return s.codePointAt(0);
    }
}
