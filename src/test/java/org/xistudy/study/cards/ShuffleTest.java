package org.xistudy.study.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShuffleTest {
    @Test
    void shufflesFollowTheSeedAndAvoidTheSolvedOrder() {
        assertEquals(Shuffle.permutation(6, 7, false), Shuffle.permutation(6, 7, false));
        Set<List<Integer>> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            List<Integer> p = Shuffle.permutation(3, seed, true);
            assertNotEquals(List.of(0, 1, 2), p);
            assertEquals(Set.of(0, 1, 2), new HashSet<>(p));
            seen.add(p);
        }
        assertEquals(5, seen.size(), "every other order of three occurs");
        assertEquals(List.of("c", "a", "b"), Shuffle.apply(List.of("a", "b", "c"), List.of(2, 0, 1)));
    }
}
