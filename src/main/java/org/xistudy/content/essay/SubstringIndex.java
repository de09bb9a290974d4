package org.xistudy.content.essay;

import java.util.Arrays;

/**
 * Answers "does this text contain that string?" for many strings, faster than searching the
 * text each time: every position of the text is filed under a hash of the eight characters
 * starting there, so a lookup visits only the few positions whose first eight characters hash
 * alike and compares there. Strings shorter than eight characters are searched for plainly.
 *
 * <p>Each entry is one {@code long}: the hash in the high 44 bits, the position in the low 20, so
 * texts of up to a million characters are indexed (an essay has tens of thousands); for a longer
 * text {@link #of} gives {@code null}.
 */
final class SubstringIndex {
    static final int GRAM = 8;
    private static final int POSITION_BITS = 20;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
    private static final long HASH_MASK = (1L << (64 - POSITION_BITS)) - 1;

    private final String text;
    private final long[] entries;

    private SubstringIndex(String text, long[] entries) {
        this.text = text;
        this.entries = entries;
    }

    /** The index of a text, or {@code null} when the text is too long to index. */
    static SubstringIndex of(String text) {
        if (text.length() > POSITION_MASK) {
            return null;
        }
        int n = Math.max(0, text.length() - GRAM + 1);
        long[] entries = new long[n];
        for (int i = 0; i < n; i++) {
            entries[i] = (hash(text, i) << POSITION_BITS) | i;
        }
        Arrays.sort(entries);
        return new SubstringIndex(text, entries);
    }

    boolean contains(String s) {
        if (s.length() < GRAM) {
            return text.contains(s);
        }
        long key = hash(s, 0) << POSITION_BITS;
        int i = Arrays.binarySearch(entries, key);
        // not found: binarySearch gives where the key would go, the first entry with this hash
        for (i = i < 0 ? -i - 1 : i; i < entries.length && (entries[i] & ~POSITION_MASK) == key; i++) {
            if (text.startsWith(s, (int) (entries[i] & POSITION_MASK))) {
                return true;
            }
        }
        return false;
    }

    private static long hash(String s, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + GRAM; i++) {
            h = 31 * h + s.charAt(i);
        }
        return (h ^ (h >>> 29)) & HASH_MASK;
    }
}
