package org.xistudy.study.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanePackerTest {

    @Test
    void eachItemGoesToTheLowestRowWithRoom() {
        // a [0,10) b [5,15) c [12,20) d [16,30) e [21,25)
        double[] l = {0, 5, 12, 16, 21};
        double[] r = {10, 15, 20, 30, 25};
        LanePacker.Packing p = LanePacker.pack(l, r, 1, 8);
        assertArrayEquals(new int[] {0, 1, 0, 1, 0}, p.rows());
        assertEquals(2, p.rowCount());
        // With a gap of 3, c no longer fits after a (10 + 3 > 12) and takes a new row.
        assertArrayEquals(new int[] {0, 1, 2, 0, 1}, LanePacker.pack(l, r, 3, 8).rows());
    }

    @Test
    void noTwoItemsInARowOverlap() {
        Random rnd = new Random(7);
        for (int round = 0; round < 50; round++) {
            int n = 1 + rnd.nextInt(300);
            double[] l = new double[n];
            double[] r = new double[n];
            double x = 0;
            for (int i = 0; i < n; i++) {
                x += rnd.nextDouble() * 30;
                // Left edges are mostly, not strictly, in order: markers stick out before their span.
                l[i] = x - rnd.nextDouble() * 8;
                r[i] = l[i] + 5 + rnd.nextDouble() * 200;
            }
            double gap = rnd.nextDouble() * 10;
            LanePacker.Packing p = LanePacker.pack(l, r, gap, 12);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (p.row(i) >= 0 && p.row(i) == p.row(j)) {
                        boolean apart = r[i] + gap <= l[j] || r[j] + gap <= l[i];
                        assertTrue(apart, "items " + i + " and " + j + " overlap in row " + p.row(i));
                    }
                }
            }
            assertTrue(p.rowCount() <= 12);
        }
    }

    @Test
    void laterItemsNeverMoveEarlierOnesAndTheResultRepeats() {
        Random rnd = new Random(11);
        int n = 400;
        double[] l = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = i * 4 + rnd.nextDouble();
            r[i] = l[i] + 10 + rnd.nextDouble() * 90;
        }
        int[] all = LanePacker.pack(l, r, 2, 30).rows();
        assertArrayEquals(all, LanePacker.pack(l.clone(), r.clone(), 2, 30).rows(), "deterministic");
        for (int k : new int[] {1, 17, 150, 399}) {
            int[] prefix = LanePacker.pack(Arrays.copyOf(l, k), Arrays.copyOf(r, k), 2, 30).rows();
            assertArrayEquals(prefix, Arrays.copyOf(all, k), "prefix of " + k);
        }
    }

    @Test
    void itemsBeyondTheRowLimitAreNotPlaced() {
        double[] l = {0, 1, 2, 3};
        double[] r = {10, 10, 10, 10};
        LanePacker.Packing p = LanePacker.pack(l, r, 0, 2);
        assertArrayEquals(new int[] {0, 1, -1, -1}, p.rows());
        assertEquals(2, p.rowCount());
    }

    @Test
    void rowsAreSharedSoNoLaneStarves() {
        assertArrayEquals(new int[] {1, 3, 2}, LanePacker.allocate(new int[] {1, 9, 2}, 6));
        assertArrayEquals(new int[] {2, 2, 2}, LanePacker.allocate(new int[] {5, 9, 2}, 6));
        assertArrayEquals(new int[] {1, 1, 1}, LanePacker.allocate(new int[] {0, 9, 4}, 2), "at least one row each");
        assertArrayEquals(new int[] {1, 4, 2}, LanePacker.allocate(new int[] {0, 4, 2}, 50), "never more than needed");
    }
}
