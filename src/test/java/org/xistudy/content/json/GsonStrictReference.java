package org.xistudy.content.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xistudy.content.Messages;

/**
 * The strict JSON reader the app used until December 2026, built on Gson's {@link JsonReader} in
 * its strict mode. It stays in the tests as a reference: the byte reader that replaced it must
 * accept the same documents and build the same trees ({@code ParserAgreementTest}).
 */
public final class GsonStrictReference {
    /** Deepest nesting of arrays and objects accepted. Content packs need about six levels. */
    public static final int MAX_DEPTH = 64;
    /**
     * The longest member name read. Gson carries every name of the current path into each
     * position it reports, so one huge name would make reading what follows it quadratic; a
     * content pack's names are a few words.
     */
    public static final int MAX_NAME_LENGTH = 1_000;

    private static final Pattern LOCATION =
            Pattern.compile(" at line (\\d+) column (\\d+) path (\\S*)");

    private final String text;
    private final JsonReader reader;
    private int depth;

    private GsonStrictReference(String text) {
        this.text = text;
        this.reader = new JsonReader(new StringReader(text));
        this.reader.setStrictness(Strictness.STRICT);
    }

    /** Parses a whole JSON document. */
    public static JsonElement parse(String text) throws JsonSyntaxError {
        return new GsonStrictReference(text).parseDocument();
    }

    private JsonElement parseDocument() throws JsonSyntaxError {
        try {
            if (text.isBlank()) {
                throw new JsonSyntaxError(Messages.Text.of("jsonEmpty"), JsonPosition.START,
                        JsonPaths.ROOT);
            }
            JsonElement root = readValue(Where.ROOT);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                JsonPosition pos = tokenPosition();
                throw new JsonSyntaxError(Messages.Text.of("jsonTrailing"), pos,
                        JsonPaths.ROOT);
            }
            return root;
        } catch (MalformedJsonException | EOFException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new JsonSyntaxError("cannot read JSON: " + e.getMessage(), JsonPosition.START, JsonPaths.ROOT);
        } catch (IllegalStateException | NumberFormatException e) {
            // Gson reports some malformed tokens this way.
            throw translate(e);
        }
    }

    private JsonElement readValue(Where path) throws IOException, JsonSyntaxError {
        JsonToken token = reader.peek();
        switch (token) {
            case BEGIN_OBJECT:
                return readObject(path);
            case BEGIN_ARRAY:
                return readArray(path);
            case STRING:
                return new JsonPrimitive(reader.nextString());
            case NUMBER:
                return new JsonPrimitive(new BigDecimal(reader.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new JsonSyntaxError(Messages.Text.of("jsonExpectedValue", describe(token)), tokenPosition(), path.path());
        }
    }

    private JsonObject readObject(Where path) throws IOException, JsonSyntaxError {
        enter(path);
        reader.beginObject();
        JsonObject object = new JsonObject();
        while (reader.peek() != JsonToken.END_OBJECT) {
            String name = reader.nextName();
            if (name.length() > MAX_NAME_LENGTH) {
                throw new JsonSyntaxError(Messages.Text.of("jsonLongName", name.length(), MAX_NAME_LENGTH), nameStart(),
                        JsonPaths.member(path.path(), name));
            }
            if (object.has(name)) {
                throw new JsonSyntaxError(Messages.Text.of("jsonDuplicateName", name), nameStart(),
                        JsonPaths.member(path.path(), name));
            }
            object.add(name, readValue(new Where(path, name, -1)));
        }
        reader.endObject();
        depth--;
        return object;
    }

    private JsonArray readArray(Where path) throws IOException, JsonSyntaxError {
        enter(path);
        reader.beginArray();
        JsonArray array = new JsonArray();
        int i = 0;
        while (reader.peek() != JsonToken.END_ARRAY) {
            array.add(readValue(new Where(path, null, i++)));
        }
        reader.endArray();
        depth--;
        return array;
    }

    private void enter(Where path) throws JsonSyntaxError {
        if (++depth > MAX_DEPTH) {
            throw new JsonSyntaxError(Messages.Text.of("jsonTooDeep", MAX_DEPTH), tokenPosition(), path.path());
        }
    }

    /**
     * The path of the value being read, as a chain from the root: a path string is made only
     * when an error needs one, not for each of the file's values.
     */
    private record Where(Where parent, String name, int index) {
        static final Where ROOT = new Where(null, null, -1);

        String path() {
            if (parent == null) {
                return JsonPaths.ROOT;
            }
            return name != null ? JsonPaths.member(parent.path(), name) : JsonPaths.index(parent.path(), index);
        }
    }

    /**
     * Where the member name just read starts: the reader stands after its closing quote, and the
     * opening one is the nearest quote before it that no backslash escapes (names hold no line
     * breaks). Found only for an error, because asking the reader where it is costs a string.
     */
    private JsonPosition nameStart() {
        JsonPosition closing = tokenPosition();
        int close = offsetOf(closing);
        int open = close - 1;
        while (open > 0 && !(text.charAt(open) == '"' && backslashesBefore(open) % 2 == 0)) {
            open--;
        }
        return new JsonPosition(closing.line(), Math.max(1, closing.column() - (close - open)));
    }

    private int backslashesBefore(int index) {
        int n = 0;
        while (index - n - 1 >= 0 && text.charAt(index - n - 1) == '\\') {
            n++;
        }
        return n;
    }

    /** Where the token just peeked starts. Gson reports the column after its first character. */
    private JsonPosition tokenPosition() {
        Matcher m = LOCATION.matcher(reader.toString());
        if (!m.find()) {
            return JsonPosition.START;
        }
        int line = Integer.parseInt(m.group(1));
        int column = Math.max(1, Integer.parseInt(m.group(2)) - 1);
        return new JsonPosition(line, column);
    }

    private JsonSyntaxError translate(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = LOCATION.matcher(message);
        JsonPosition pos;
        String path;
        String what;
        if (m.find()) {
            pos = new JsonPosition(Integer.parseInt(m.group(1)), Math.max(1, Integer.parseInt(m.group(2)) - 1));
            path = m.group(3).isEmpty() ? JsonPaths.ROOT : m.group(3);
            what = message.substring(0, m.start());
        } else {
            pos = tokenPosition();
            path = JsonPaths.ROOT;
            what = message;
        }
        if (path.endsWith(".")) {
            path = path.substring(0, path.length() - 1);
        }
        return new JsonSyntaxError(explain(what, pos, e instanceof EOFException), pos, path);
    }

    private Messages.Text explain(String gsonMessage, JsonPosition pos, boolean eof) {
        if (eof || gsonMessage.startsWith("End of input")) {
            return Messages.Text.of("jsonEnds");
        }
        String lower = gsonMessage.toLowerCase(Locale.ROOT);
        if (lower.startsWith("unterminated string")) {
            return Messages.Text.of("jsonOpenString");
        }
        if (lower.startsWith("unterminated object")) {
            return Messages.Text.of("jsonAfterMember", found(pos));
        }
        if (lower.startsWith("unterminated array")) {
            return Messages.Text.of("jsonAfterElement", found(pos));
        }
        if (lower.startsWith("expected name")) {
            return Messages.Text.of("jsonExpectedName", found(pos));
        }
        if (lower.startsWith("expected ':'")) {
            return Messages.Text.of("jsonExpectedColon", found(pos));
        }
        if (lower.contains("control characters")) {
            return Messages.Text.of("jsonControl");
        }
        if (lower.contains("escape")) {
            return Messages.Text.of("jsonEscape");
        }
        if (lower.startsWith("expected value") || lower.contains("setstrictness")
                || lower.contains("malformed json")) {
            return Messages.Text.of("jsonMalformed", found(pos));
        }
        return Messages.Text.plain("malformed JSON: " + gsonMessage.trim());
    }

    /** Describes the character at a position, for error messages. */
    private String found(JsonPosition pos) {
        int offset = offsetOf(pos);
        if (offset < 0 || offset >= text.length()) {
            return "";
        }
        int cp = text.codePointAt(offset);
        if (cp == '\n' || cp == '\r') {
            return ", found the end of the line";
        }
        if (Character.isISOControl(cp)) {
            return String.format(", found control character U+%04X", cp);
        }
        return ", found '" + new String(Character.toChars(cp)) + "'";
    }

    private int offsetOf(JsonPosition pos) {
        int line = 1;
        int i = 0;
        while (line < pos.line() && i < text.length()) {
            if (text.charAt(i++) == '\n') {
                line++;
            }
        }
        return i + pos.column() - 1;
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case END_ARRAY:
                return "']'";
            case END_OBJECT:
                return "'}'";
            case NAME:
                return "a member name";
            case END_DOCUMENT:
                return "the end of the file";
            default:
                return token.name().toLowerCase(Locale.ROOT);
        }
    }
}
