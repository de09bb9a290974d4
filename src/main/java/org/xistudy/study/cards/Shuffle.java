package org.xistudy.study.cards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded shuffles for choices, order and match cards: the same seed gives the same order, so a
 * card keeps its layout while it is on screen and changes between reviews.
 */
public final class Shuffle {
    private Shuffle() {
    }

    /** A permutation of 0..n-1. With {@code avoidIdentity}, never 0, 1, 2... when n > 1. */
    public static List<Integer> permutation(int n, long seed, boolean avoidIdentity) {
        List<Integer> p = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            p.add(i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            Collections.swap(p, i, random.nextInt(i + 1));
        }
        if (avoidIdentity && n > 1 && isIdentity(p)) {
            Collections.rotate(p, 1 + random.nextInt(n - 1));
        }
        return List.copyOf(p);
    }

    private static boolean isIdentity(List<Integer> p) {
        for (int i = 0; i < p.size(); i++) {
            if (p.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    /** The items in the order of a permutation. */
    public static <T> List<T> apply(List<T> items, List<Integer> permutation) {
        List<T> out = new ArrayList<>();
        for (int i : permutation) {
            out.add(items.get(i));
        }
        return List.copyOf(out);
    }
}
