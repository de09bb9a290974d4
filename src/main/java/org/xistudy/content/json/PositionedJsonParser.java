package org.xistudy.content.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.xistudy.content.Messages;

/**
 * A strict JSON reader that works on the file's bytes and builds Gson's tree.
 *
 * <p>It accepts what RFC 8259 accepts and nothing more: no comments, single quotes, unquoted
 * names, trailing commas, raw control characters in strings, leading zeros, {@code NaN} or
 * trailing content. It also refuses what a content pack never holds: duplicate member names,
 * names longer than {@link #MAX_NAME_LENGTH} and nesting deeper than {@link #MAX_DEPTH}. The
 * bytes must be UTF-8; a leading byte order mark is skipped.
 *
 * <p>Reading bytes rather than text spares decoding the whole file first: names and values are
 * decoded one by one, and a name the file repeats (every event's {@code "id"}) becomes one string.
 * Nothing about positions is kept while reading. An error is located afterwards from its byte
 * offset, and the positions of valid values are found only when a problem asks for one
 * ({@link ParsedJson}). Lines and columns are counted as the rest of the app counts them: a line
 * ends at {@code \n}, and a column is the UTF-16 index in the line plus one.
 */
public final class PositionedJsonParser {
    /** Deepest nesting of arrays and objects accepted. Content packs need about six levels. */
    public static final int MAX_DEPTH = 64;
    /**
     * The longest member name read. A content pack's names are a few words; a longer one almost
     * always means a quotation mark is missing and the text after it was read as a name.
     */
    public static final int MAX_NAME_LENGTH = 1_000;
    /**
     * The longest number read, in characters. A pack's numbers are small whole numbers; reading
     * a number of many thousand digits would take time for nothing.
     */
    public static final int MAX_NUMBER_LENGTH = 100;

    private final byte[] b;
    private final int start;
    private final JsonNames names = JsonNames.forNames();
    private final JsonNames values;
    private int at;
    private int depth;
    /** The path of the value being read, one level per depth: a name, or else an index. */
    private final String[] pathNames = new String[MAX_DEPTH + 2];
    private final int[] pathIndices = new int[MAX_DEPTH + 2];

    private PositionedJsonParser(byte[] bytes) {
        this.b = bytes;
        this.values = JsonNames.forValues(bytes.length);
        this.start = Utf8Text.hasByteOrderMark(bytes) ? 3 : 0;
        this.at = start;
    }

    /** Parses a whole JSON document held in UTF-8 bytes. */
    public static ParsedJson parse(byte[] bytes) throws JsonSyntaxError {
        PositionedJsonParser parser = new PositionedJsonParser(bytes);
        return new ParsedJson(parser.document(), bytes, parser.start);
    }

    /** Parses a whole JSON document given as text. */
    public static ParsedJson parse(String text) throws JsonSyntaxError {
        PositionedJsonParser parser = new PositionedJsonParser(text.getBytes(StandardCharsets.UTF_8));
        return new ParsedJson(parser.document(), text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * Decodes bytes as UTF-8, refusing malformed input instead of replacing it. A leading byte
     * order mark is dropped.
     */
    public static String decodeUtf8(byte[] bytes) throws JsonSyntaxError {
        return Utf8Text.decode(bytes);
    }

    private JsonElement document() throws JsonSyntaxError {
        skipSpace();
        if (at == b.length) {
            throw new JsonSyntaxError(Messages.Text.of("jsonEmpty"), JsonPosition.START, JsonPaths.ROOT);
        }
        JsonElement root = value();
        skipSpace();
        if (at < b.length) {
            throw error(at, Messages.Text.of("jsonTrailing"));
        }
        return root;
    }

    private JsonElement value() throws JsonSyntaxError {
        if (at == b.length) {
            throw error(at, Messages.Text.of("jsonEnds"));
        }
        switch (b[at]) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return new JsonPrimitive(string());
            case 't':
                return literal("true", new JsonPrimitive(true));
            case 'f':
                return literal("false", new JsonPrimitive(false));
            case 'n':
                return literal("null", JsonNull.INSTANCE);
            default:
                return number();
        }
    }

    private JsonObject object() throws JsonSyntaxError {
        enter();
        at++;
        JsonObject object = new JsonObject();
        skipSpace();
        if (at < b.length && b[at] == '}') {
            at++;
            depth--;
            return object;
        }
        while (true) {
            skipSpace();
            if (at == b.length) {
                throw error(at, Messages.Text.of("jsonEnds"));
            }
            if (b[at] != '"') {
                // After a comma, a closing brace is a trailing comma; anything else is lenient JSON.
                throw error(at, Messages.Text.of(b[at] == '}' ? "jsonExpectedName" : "jsonMalformed", found(at)));
            }
            int nameStart = at;
            String name = name();
            pathNames[depth] = name;
            skipSpace();
            if (at == b.length) {
                throw error(at, Messages.Text.of("jsonEnds"));
            }
            if (b[at] != ':') {
                throw error(at, Messages.Text.of("jsonExpectedColon", found(at)));
            }
            at++;
            skipSpace();
            int before = object.size();
            object.add(name, value());
            if (object.size() == before) {
                throw error(nameStart, Messages.Text.of("jsonDuplicateName", name));
            }
            if (closes('}', "jsonAfterMember")) {
                break;
            }
        }
        depth--;
        return object;
    }

    /**
     * Reads what follows a member or an element: true at the closing {@code close}, false at a
     * comma; anything else, or the end of the text, is an error ({@code notSeparator} names it).
     */
    private boolean closes(char close, String notSeparator) throws JsonSyntaxError {
        skipSpace();
        if (at == b.length) {
            throw error(at, Messages.Text.of("jsonEnds"));
        }
        byte c = b[at++];
        if (c == close) {
            return true;
        }
        if (c != ',') {
            throw error(at - 1, Messages.Text.of(notSeparator, found(at - 1)));
        }
        return false;
    }

    private JsonArray array() throws JsonSyntaxError {
        enter();
        at++;
        JsonArray array = new JsonArray();
        skipSpace();
        if (at < b.length && b[at] == ']') {
            at++;
            depth--;
            return array;
        }
        int i = 0;
        while (true) {
            pathIndices[depth] = i++;
            skipSpace();
            array.add(value());
            if (closes(']', "jsonAfterElement")) {
                break;
            }
        }
        depth--;
        return array;
    }

    private void enter() throws JsonSyntaxError {
        if (depth == MAX_DEPTH) {
            throw error(at, Messages.Text.of("jsonTooDeep", MAX_DEPTH));
        }
        depth++;
        pathNames[depth] = null;
        pathIndices[depth] = -1;
    }

    /** A member name: the same name read again is the same string. */
    private String name() throws JsonSyntaxError {
        int open = at;
        int end = scanString();
        String name;
        if (end > 0) {
            name = names.get(b, open + 1, end);
            if (name == null) {
                name = plainString(open + 1, end);
            }
        } else {
            name = escapedString(open);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            pathNames[depth] = name;
            throw error(open, Messages.Text.of("jsonLongName", name.length(), MAX_NAME_LENGTH));
        }
        return name;
    }

    private String string() throws JsonSyntaxError {
        int open = at;
        int end = scanString();
        if (end < 0) {
            return escapedString(open);
        }
        String kept = values.get(b, open + 1, end);
        return kept != null ? kept : plainString(open + 1, end);
    }

    /**
     * Steps over a string without escapes and returns the offset of its closing quote, leaving
     * {@link #at} after it; or returns -1, leaving {@link #at} where it was, when the string has an
     * escape. Raw control characters and a missing closing quote are errors.
     */
    private int scanString() throws JsonSyntaxError {
        int i = at + 1;
        while (i < b.length) {
            byte c = b[i];
            if (c == '"') {
                at = i + 1;
                return i;
            }
            if (c == '\\') {
                return -1;
            }
            if (c >= 0 && c < 0x20) {
                throw error(i, Messages.Text.of("jsonControl"));
            }
            i++;
        }
        throw error(b.length, Messages.Text.of("jsonOpenString"));
    }

    /** The text of bytes that hold no escape, which must be well-formed UTF-8. */
    private String plainString(int from, int to) throws JsonSyntaxError {
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            Utf8Text.check(b, from, to);
        }
        return s;
    }

    /** Reads a string with escapes from its opening quote, leaving {@link #at} after it. */
    private String escapedString(int open) throws JsonSyntaxError {
        StringBuilder out = new StringBuilder();
        int run = open + 1;
        int i = run;
        while (true) {
            if (i >= b.length) {
                throw error(b.length, Messages.Text.of("jsonOpenString"));
            }
            byte c = b[i];
            if (c == '"') {
                out.append(plainString(run, i));
                at = i + 1;
                return out.toString();
            }
            if (c >= 0 && c < 0x20) {
                throw error(i, Messages.Text.of("jsonControl"));
            }
            if (c != '\\') {
                i++;
                continue;
            }
            out.append(plainString(run, i));
            if (i + 1 >= b.length) {
                throw error(i, Messages.Text.of("jsonEscape"));
            }
            switch (b[i + 1]) {
                case '"': out.append('"'); break;
                case '\\': out.append('\\'); break;
                case '/': out.append('/'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'u':
                    out.append(unicodeEscape(i));
                    i += 4;
                    break;
                default:
                    throw error(i, Messages.Text.of("jsonEscape"));
            }
            i += 2;
            run = i;
        }
    }

    private char unicodeEscape(int backslash) throws JsonSyntaxError {
        int value = 0;
        for (int k = backslash + 2; k < backslash + 6; k++) {
            int digit = k < b.length ? Character.digit(b[k], 16) : -1;
            if (digit < 0) {
                throw error(backslash, Messages.Text.of("jsonEscape"));
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private JsonElement literal(String word, JsonElement value) throws JsonSyntaxError {
        int end = at + word.length();
        if (end > b.length || !startsWith(word) || (end < b.length && !endsLiteral(b[end]))) {
            throw error(at, Messages.Text.of("jsonMalformed", found(at)));
        }
        at = end;
        return value;
    }

    private boolean startsWith(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (b[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A number as RFC 8259 writes it: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private JsonElement number() throws JsonSyntaxError {
        int from = at;
        int i = at;
        if (i < b.length && b[i] == '-') {
            i++;
        }
        int digits = i;
        if (i < b.length && b[i] == '0') {
            i++;
        } else {
            i = digits(i);
        }
        boolean ok = i > digits;
        if (ok && i < b.length && b[i] == '.') {
            int fraction = ++i;
            i = digits(i);
            ok = i > fraction;
        }
        if (ok && i < b.length && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < b.length && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int exponent = i;
            i = digits(i);
            ok = i > exponent;
        }
        if (!ok || (i < b.length && !endsLiteral(b[i]))) {
            throw error(from, Messages.Text.of("jsonMalformed", found(from)));
        }
        String digitsText = new String(b, from, i - from, StandardCharsets.ISO_8859_1);
        try {
            if (digitsText.length() <= MAX_NUMBER_LENGTH) {
                BigDecimal n = new BigDecimal(digitsText);
                at = i;
                return new JsonPrimitive(n);
            }
        } catch (NumberFormatException e) {
            // an exponent beyond what a BigDecimal holds
        }
        throw error(from, Messages.Text.of("jsonNumberRange", digitsText.length() > 40
                ? digitsText.substring(0, 40) + "\u2026" : digitsText));
    }

    private int digits(int i) {
        while (i < b.length && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i;
    }

    /**
     * Whether a byte may follow a number or a literal: what can come after a value in strict JSON.
     * Anything else ({@code truex}, {@code 12abc}) makes the word an unquoted literal.
     */
    private static boolean endsLiteral(byte c) {
        switch (c) {
            case ' ': case '\t': case '\n': case '\r': case ',': case ']': case '}': case ':':
            case '[': case '{': case '"': case '/': case '\\': case ';': case '#': case '=': case '\f':
                return true;
            default:
                return false;
        }
    }

    private void skipSpace() {
        while (at < b.length) {
            byte c = b[at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    // ---- errors -------------------------------------------------------------------------------

    /**
     * The error at a byte offset, with the path of the value being read. A file that is not
     * UTF-8, or only white space, reports that instead: it is what is wrong with it first.
     */
    private JsonSyntaxError error(int offset, Messages.Text text) {
        String decoded;
        try {
            decoded = Utf8Text.decode(b);
        } catch (JsonSyntaxError notUtf8) {
            return notUtf8;
        }
        if (decoded.isBlank()) {
            return new JsonSyntaxError(Messages.Text.of("jsonEmpty"), JsonPosition.START, JsonPaths.ROOT);
        }
        return new JsonSyntaxError(text, Utf8Text.position(b, start, offset), path());
    }

    private String path() {
        String path = JsonPaths.ROOT;
        for (int d = 1; d <= depth; d++) {
            if (pathNames[d] != null) {
                path = JsonPaths.member(path, pathNames[d]);
            } else if (pathIndices[d] >= 0) {
                path = JsonPaths.index(path, pathIndices[d]);
            }
        }
        return path;
    }

    /** What stands at an offset, for error messages: {@code , found 'x'}. */
    private String found(int offset) {
        if (offset >= b.length) {
            return "";
        }
        int cp = Utf8Text.codePointAt(b, offset);
        if (cp == '\n' || cp == '\r') {
            return ", found the end of the line";
        }
        if (cp < 0 || Character.isISOControl(cp)) {
            return String.format(", found control character U+%04X", Math.max(cp, 0));
        }
        return ", found '" + new String(Character.toChars(cp)) + "'";
    }
}
