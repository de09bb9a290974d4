package org.xistudy.content.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackLoader;
import org.xistudy.content.json.GsonStrictReference;
import org.xistudy.content.json.JsonSyntaxError;
import org.xistudy.content.json.PositionedJsonParser;

/**
 * The byte reader against the Gson-based reader it replaced ({@link GsonStrictReference}): on
 * mutations of the bundled pack and on small documents put together at random, both accept the
 * same inputs and build the same trees, and where both refuse an input they name the same kind of
 * error on the same line.
 */
class ParserAgreementTest {
    private static final int PACK_INPUTS = Integer.getInteger("agreement.inputs", 1500);
    private static final int SMALL_INPUTS = 20_000;

    @Test
    void mutatedPacksAreReadAsTheGsonReaderReadThem() throws IOException {
        byte[] original;
        try (InputStream in = PackLoader.class.getResourceAsStream(PackLoader.DEFAULT_PACK)) {
            original = in.readAllBytes();
        }
        PackMutator mutator = new PackMutator(original);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (long seed = 1; seed <= PACK_INPUTS && failures.size() < 10; seed++) {
            PackMutator.Input input = mutator.mutate(seed);
            String wrong = disagreement(input.bytes());
            if (wrong != null) {
                failures.add(input + ": " + wrong);
            }
            refused += refuses(input.bytes()) ? 1 : 0;
        }
        assertTrue(refused > PACK_INPUTS / 4 && refused < PACK_INPUTS, "the mutations test both sides: " + refused);
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    @Test
    void smallDocumentsAreReadAsTheGsonReaderReadThem() {
        Random random = new Random(20261207);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int n = 0; n < SMALL_INPUTS && failures.size() < 10; n++) {
            StringBuilder doc = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                doc.append(PIECES[random.nextInt(PIECES.length)]);
            }
            byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
            String wrong = disagreement(bytes);
            if (wrong != null) {
                failures.add("«" + doc + "»: " + wrong);
            }
            refused += refuses(bytes) ? 1 : 0;
        }
        assertTrue(refused > SMALL_INPUTS / 4 && refused < SMALL_INPUTS - 200, "both sides: " + refused);
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    /** Pieces of JSON, right and wrong, that random documents are made of. */
    private static final String[] PIECES = {"{", "}", "[", "]", ",", ":", " ", "\n", "\t", "\r", "\"a\"", "\"b\"",
        "\"\\u00e9\\n\"", "\"\\x\"", "\"\\u12\"", "\"\u4e60\"", "\"", "\\", "'", "1", "-0", "01", "1.5", "1.", ".5",
        "1e5", "1E+2", "2e", "-", "+1", "true", "false", "null", "tru", "nul", "True", "NaN", "x", "/", "//",
        "/*", "#", ";", "=", "\u0001", "\f", "\u00a0", "\uFEFF", "\"\t\"", "\"a\":1", "{\"a\":1}", "[1,2]"};

    private static boolean refuses(byte[] bytes) {
        try {
            PositionedJsonParser.parse(bytes);
            return false;
        } catch (JsonSyntaxError e) {
            return true;
        }
    }

    /**
     * How the two readers differ on these bytes, or null when they agree. The Gson reader took a
     * second byte order mark after the first for white space; the byte reader does not.
     */
    static String disagreement(byte[] bytes) {
        if (new String(bytes, StandardCharsets.UTF_8).startsWith("\uFEFF\uFEFF")) {
            return refuses(bytes) ? null : "a second byte order mark was taken for white space";
        }
        JsonElement mine = null;
        JsonSyntaxError myError = null;
        try {
            mine = PositionedJsonParser.parse(bytes).root();
        } catch (JsonSyntaxError e) {
            myError = e;
        }
        JsonElement theirs = null;
        JsonSyntaxError theirError = null;
        try {
            theirs = GsonStrictReference.parse(PositionedJsonParser.decodeUtf8(bytes));
        } catch (JsonSyntaxError e) {
            theirError = e;
        }
        if (myError == null && theirError == null) {
            return mine.equals(theirs) ? null : "the trees differ";
        }
        if (myError == null || theirError == null) {
            return myError == null ? "accepted, the reference refused: " + theirError.getMessage() + " " + theirError.position()
                    : "refused, the reference accepted: " + myError.getMessage() + " " + myError.position();
        }
        String myKey = myError.text().key();
        String theirKey = kind(theirError);
        if (!sameKind(myError, theirError) || myError.position().line() != theirError.position().line()) {
            return "refused as " + myKey + " at " + myError.position() + " (" + myError.getMessage()
                    + "), the reference as " + theirKey + " at " + theirError.position() + " (" + theirError.getMessage() + ")";
        }
        return null;
    }

    private static String kind(JsonSyntaxError e) {
        return e.text().key() == null ? "plain" : e.text().key();
    }

    /**
     * Whether two errors are of one kind. Where the Gson reader said little, the byte reader says
     * more, and these count as the same: Gson's "Unexpected value" (which had no template) is
     * malformed JSON; content after the document, which Gson calls malformed, is trailing content;
     * a number too long to read, which Gson calls malformed too, is out of range;
     * and a value followed at once by a quote or one of {@code / \ ; # =}, which Gson reads as one
     * malformed literal, is a value missing its comma; and a name followed by one of these is a name
     * missing its colon.
     */
    private static boolean sameKind(JsonSyntaxError mine, JsonSyntaxError theirs) {
        String my = mine.text().key();
        String their = kind(theirs);
        if (their.equals("plain") && theirs.getMessage().contains("Unexpected value")) {
            their = "jsonMalformed";
        }
        if (my.equals(their)) {
            return true;
        }
        if (!their.equals("jsonMalformed")) {
            return false;
        }
        if (my.equals("jsonTrailing") || my.equals("jsonNumberRange")) {
            return true;
        }
        boolean afterValue = my.equals("jsonAfterElement") || my.equals("jsonAfterMember")
                || my.equals("jsonExpectedColon");
        return afterValue && mine.getMessage().matches(".*found '[\"/\\\\;#=]'.*");
    }
}
