package org.xistudy.content.json;

import java.nio.charset.StandardCharsets;

/**
 * Short strings of one document, each kept once: a pack says {@code "id"} and {@code "cite"}
 * tens of thousands of times, and names the same person or body from hundreds of events. Reading
 * every one as a new string would cost memory and, for each, the hash and the comparisons that
 * the validator's and the index's look-ups make again; the same string is found at once.
 *
 * <p>Only short ASCII strings are kept, up to a number fixed for the table; {@link #get} answers
 * {@code null} for any other, which the parser then decodes as it decodes any string.
 */
final class JsonNames {
    private final int longest;
    private final boolean words;
    private final boolean intern;
    private final int mask;
    private final int kept;
    private final String[] names;
    private final int[] hashes;
    private int size;

    private JsonNames(int slots, int longest, boolean words, boolean intern) {
        this.longest = longest;
        this.words = words;
        this.intern = intern;
        this.mask = slots - 1;
        this.kept = slots / 2;
        this.names = new String[slots];
        this.hashes = new int[slots];
    }

    /**
     * A table for member names: a document has a few dozen different ones. They are interned, so
     * that a name is the very string of the same constant in the code that reads the tree, and a
     * look-up of it in a hash map ends at the first comparison, of identity.
     */
    static JsonNames forNames() {
        return new JsonNames(1024, 48, true, true);
    }

    /**
     * A table for string values that look like identifiers, dates or keywords (short, without
     * spaces): ids in link lists, dates, card types. Sentences are left alone. It is sized for a
     * document of {@code bytes}: a lesson file needs a few hundred slots, a large pack 65,536.
     */
    static JsonNames forValues(int bytes) {
        int slots = Integer.highestOneBit(Math.max(bytes / 16, 1)) * 2;
        return new JsonNames(Math.max(256, Math.min(slots, 1 << 16)), 40, false, false);
    }

    /** The name held in {@code bytes[from, to)}, the same string each time; or {@code null}. */
    String get(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length > longest) {
            return null;
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
            if (c < 0 || (c == ' ' && !words)) {
                return null;
            }
            hash = 31 * hash + c; // String.hashCode of the same ASCII text
        }
        int slot = hash & mask;
        while (true) {
            String name = names[slot];
            if (name == null) {
                if (size == kept) {
                    return null;
                }
                name = new String(bytes, from, length, StandardCharsets.ISO_8859_1);
                if (intern) {
                    name = name.intern();
                }
                names[slot] = name;
                hashes[slot] = hash;
                size++;
                return name;
            }
            if (hashes[slot] == hash && holds(name, bytes, from, length)) {
                return name;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean holds(String name, byte[] bytes, int from, int length) {
        if (name.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (name.charAt(k) != bytes[from + k]) {
                return false;
            }
        }
        return true;
    }
}
