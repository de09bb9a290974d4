package org.xistudy.content.validate;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the name a misspelt one was probably meant to be, for the validator's hints ("did you
 * mean ..."): the closest candidate by edit distance, when it is close enough to be a typo.
 */
final class NearNames {
    private NearNames() {
    }

    /** The candidate closest to {@code s} by edit distance, if it is close enough to be a typo. */
    static Optional<String> closest(String s, Iterable<String> candidates) {
        int allowed = Math.max(2, s.length() / 4);
        String lower = s.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            // The lengths differ by at most the distance: skip what cannot be close (and never
            // spend quadratic time comparing a huge string with every id).
            if (Math.abs(c.length() - s.length()) > allowed) {
                continue;
            }
            int d = distance(lower, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null || bestDistance > allowed) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
