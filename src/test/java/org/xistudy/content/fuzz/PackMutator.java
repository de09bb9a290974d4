package org.xistudy.content.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Seeded mutations of a JSON content pack, for fuzzing the loader: byte flips, truncation,
 * deleted and duplicated tokens, values swapped for values of another type, very long strings,
 * deep nesting, invalid UTF-8 and huge numbers. The same seed always gives the same input, so a
 * failure can be replayed.
 */
final class PackMutator {

    /** The kinds of mutation, for reporting which one broke something. */
    enum Kind { FLIP_BYTES, TRUNCATE, DELETE_TOKEN, DUPLICATE_TOKEN, SWAP_TYPE, LONG_STRING, DEEP_NESTING,
        BAD_UTF8, HUGE_NUMBER }

    /** A lexical token of the original text: its span in characters and whether it is a value. */
    record Token(int start, int end, char first) {
        boolean isValue() {
            return first == '"' || first == '-' || Character.isDigit(first) || first == 't' || first == 'f'
                    || first == 'n';
        }

        boolean isString() {
            return first == '"';
        }

        boolean isNumber() {
            return first == '-' || Character.isDigit(first);
        }
    }

    /** One mutated input and the mutations that made it. */
    record Input(long seed, List<Kind> kinds, byte[] bytes) {
        @Override
        public String toString() {
            return "seed " + seed + " " + kinds + " (" + bytes.length + " bytes)";
        }
    }

    private static final String[] OTHER_VALUES = {"null", "true", "0", "-1", "\"\"", "\"x\"", "{}", "[]",
        "{\"a\":1}", "[1,\"b\",null]", "1.5e3"};
    private static final String[] HUGE_NUMBERS = {"1e999999", "-1e999999", "123456789012345678901234567890123456789",
        "0.0000000000000000000000000000001", "9223372036854775808", "-9223372036854775809", "1E400", "-0",
        "2147483648", "1" + "0".repeat(400)};
    private static final byte[][] BAD_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0}};

    private final String text;
    private final byte[] bytes;
    private final List<Token> tokens;

    PackMutator(byte[] original) {
        this.bytes = original;
        this.text = new String(original, StandardCharsets.UTF_8);
        this.tokens = tokenize(text);
    }

    int tokenCount() {
        return tokens.size();
    }

    /** The input for {@code seed}: one to three mutations. */
    Input mutate(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(3);
        List<Kind> kinds = new ArrayList<>();
        String t = text;
        byte[] out = null;
        for (int i = 0; i < n; i++) {
            Kind k = Kind.values()[r.nextInt(Kind.values().length)];
            kinds.add(k);
            if (out != null) {
                // After a byte-level mutation the text may no longer be valid UTF-8: keep working on bytes.
                out = mutateBytes(out, k == Kind.TRUNCATE ? Kind.TRUNCATE : Kind.FLIP_BYTES, r);
                continue;
            }
            switch (k) {
                case FLIP_BYTES, TRUNCATE, BAD_UTF8 -> out = mutateBytes(t.getBytes(StandardCharsets.UTF_8), k, r);
                default -> t = mutateText(t, k, r);
            }
        }
        return new Input(seed, List.copyOf(kinds), out != null ? out : t.getBytes(StandardCharsets.UTF_8));
    }

    private String mutateText(String t, Kind k, Random r) {
        // Token positions refer to the original text; after an earlier change, re-tokenize.
        List<Token> toks = t.equals(text) ? tokens : tokenize(t);
        if (toks.isEmpty()) {
            return t;
        }
        Token tok = toks.get(r.nextInt(toks.size()));
        switch (k) {
            case DELETE_TOKEN:
                return t.substring(0, tok.start()) + t.substring(tok.end());
            case DUPLICATE_TOKEN:
                return t.substring(0, tok.end()) + t.substring(tok.start(), tok.end()) + t.substring(tok.end());
            case SWAP_TYPE: {
                Token v = pick(toks, r, Token::isValue, tok);
                return t.substring(0, v.start()) + OTHER_VALUES[r.nextInt(OTHER_VALUES.length)] + t.substring(v.end());
            }
            case LONG_STRING: {
                Token v = pick(toks, r, Token::isString, tok);
                String filler = "\u00e9\u4e2d".repeat(20_000 + r.nextInt(60_000));
                return t.substring(0, v.start()) + "\"" + filler + "\"" + t.substring(v.end());
            }
            case DEEP_NESTING: {
                Token v = pick(toks, r, Token::isValue, tok);
                int depth = 100 + r.nextInt(20_000);
                String open = r.nextBoolean() ? "[" : "{\"k\":";
                String close = open.equals("[") ? "]" : "}";
                return t.substring(0, v.start()) + open.repeat(depth) + "1" + close.repeat(depth) + t.substring(v.end());
            }
            case HUGE_NUMBER: {
                Token v = pick(toks, r, Token::isNumber, tok);
                return t.substring(0, v.start()) + HUGE_NUMBERS[r.nextInt(HUGE_NUMBERS.length)] + t.substring(v.end());
            }
            default:
                return t;
        }
    }

    private static Token pick(List<Token> toks, Random r, Predicate<Token> want, Token fallback) {
        for (int tries = 0; tries < 50; tries++) {
            Token c = toks.get(r.nextInt(toks.size()));
            if (want.test(c)) {
                return c;
            }
        }
        return fallback;
    }

    private static byte[] mutateBytes(byte[] in, Kind k, Random r) {
        switch (k) {
            case TRUNCATE:
                return Arrays.copyOf(in, r.nextInt(Math.max(1, in.length)));
            case BAD_UTF8: {
                byte[] bad = BAD_UTF8[r.nextInt(BAD_UTF8.length)];
                int at = r.nextInt(in.length + 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + bad.length);
                out.write(in, 0, at);
                out.writeBytes(bad);
                out.write(in, at, in.length - at);
                return out.toByteArray();
            }
            default: {
                byte[] out = in.clone();
                int flips = 1 + r.nextInt(8);
                for (int i = 0; i < flips && out.length > 0; i++) {
                    int at = r.nextInt(out.length);
                    out[at] ^= (byte) (1 << r.nextInt(8));
                }
                return out;
            }
        }
    }

    /** A lexical scan: strings (with escapes), numbers, literals and single punctuation marks. */
    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != '"') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(s.length(), j + 1);
                out.add(new Token(i, j, c));
                i = j;
            } else if (c == '-' || Character.isDigit(c) || Character.isLetter(c)) {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || ".+-".indexOf(s.charAt(j)) >= 0)) {
                    j++;
                }
                out.add(new Token(i, j, c));
                i = j;
            } else {
                out.add(new Token(i, i + 1, c));
                i++;
            }
        }
        return out;
    }
}
