package org.xistudy.study.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LaneHeightsTest {
    private static final double EPS = 1e-9;

    @Test
    void theOverviewGivesWayFirstThenThePadding() {
        // four lanes of one 20 px row and 5 + 10 px padding need 140 px
        LaneHeights.Room roomy = LaneHeights.room(300, 4, 20, 60, 5, 10, 1);
        assertEquals(new LaneHeights.Room(60, 5, 10, 240, 4), roomy, "room for everything");
        LaneHeights.Room noOverview = LaneHeights.room(180, 4, 20, 60, 5, 10, 1);
        assertEquals(new LaneHeights.Room(0, 5, 10, 180, 4), noOverview, "the overview strip goes first");
        LaneHeights.Room tight = LaneHeights.room(100, 4, 20, 60, 5, 10, 1);
        assertEquals(new LaneHeights.Room(0, 1, 1, 100, 4), tight, "then the padding shrinks");
        assertEquals(0, LaneHeights.room(-5, 4, 20, 60, 5, 10, 1).lanesHeight(), "never a negative height");
    }

    @Test
    void lanesAreLowWhenEachGetsLessThanAHeight() {
        LaneHeights.Room room = new LaneHeights.Room(0, 1, 1, 100, 4);
        assertTrue(room.lanesLowerThan(25.5), "25 px a lane");
        assertFalse(room.lanesLowerThan(25));
        assertFalse(new LaneHeights.Room(0, 1, 1, 0, 0).lanesLowerThan(25), "no lanes, none low");
    }

    @Test
    void everyLaneGetsTheRowsItNeedsAndTheRestIsSharedAlike() {
        LaneHeights.Room room = new LaneHeights.Room(0, 5, 5, 200, 2);
        LaneHeights h = LaneHeights.share(room, 20, new int[] {3, 0}, new double[] {0, 0});
        assertArrayEquals(new int[] {3, 1}, h.rows(), "an empty lane still gets a row");
        // rows 70 and 30 px; 100 px to spare, 50 each
        assertArrayEquals(new double[] {120, 80}, h.heights(), EPS);
        assertArrayEquals(new double[] {0, 120}, h.tops(), EPS);
    }

    @Test
    void rowsComeOffTheBusiestLaneSoThatTitlesStayWhole() {
        LaneHeights.Room room = new LaneHeights.Room(0, 0, 0, 100, 3);
        // 10 rows fit, but the third lane's title needs 50 px: five rows' worth
        LaneHeights h = LaneHeights.share(room, 10, new int[] {8, 3, 1}, new double[] {0, 0, 50});
        // the first lane got six rows round the lanes, and gives four up, the busiest each time
        assertArrayEquals(new int[] {2, 3, 1}, h.rows(), "the busiest lane gave rows up");
        assertArrayEquals(new double[] {20, 30, 50}, h.heights(), EPS);
    }

    @Test
    void titlesTooTallForOneRowEachGiveUpHeightAlike() {
        LaneHeights.Room room = new LaneHeights.Room(0, 0, 0, 50, 2);
        LaneHeights h = LaneHeights.share(room, 10, new int[] {4, 1}, new double[] {40, 20});
        assertArrayEquals(new int[] {1, 1}, h.rows());
        // 20 px of rows, 40 px of titles beyond them in 30 px: each title keeps three quarters of its excess
        assertArrayEquals(new double[] {10 + 30 * 0.75, 10 + 10 * 0.75}, h.heights(), EPS);
        assertEquals(50, h.heights()[0] + h.heights()[1], EPS);
    }

    @Test
    void theLanesFillTheirRoomOneAfterAnother() {
        Random r = new Random(11);
        for (int round = 0; round < 500; round++) {
            int n = 1 + r.nextInt(7);
            double rowH = 10 + r.nextDouble() * 30;
            double pad = r.nextDouble() * 10;
            int[] needed = new int[n];
            double[] minH = new double[n];
            for (int k = 0; k < n; k++) {
                needed[k] = r.nextInt(12);
                minH[k] = r.nextDouble() * 4 * rowH;
            }
            double lanesH = n * (rowH + 2 * pad) + r.nextDouble() * 600;
            LaneHeights h = LaneHeights.share(new LaneHeights.Room(0, pad, pad, lanesH, n), rowH, needed, minH);
            double sum = 0;
            for (int k = 0; k < n; k++) {
                assertEquals(sum, h.tops()[k], 1e-6, "each lane starts where the one above ends");
                assertTrue(h.rows()[k] >= 1 && h.rows()[k] <= Math.max(1, needed[k]), "rows " + h.rows()[k]);
                assertTrue(h.heights()[k] >= h.rows()[k] * rowH + 2 * pad - 1e-6, "its rows fit in the lane");
                sum += h.heights()[k];
            }
            assertEquals(lanesH, sum, 1e-6, "the lanes fill the room, no more");
        }
    }

    @Test
    void oneEntryIsNeededForEachLane() {
        LaneHeights.Room room = new LaneHeights.Room(0, 0, 0, 100, 2);
        assertThrows(IllegalArgumentException.class, () -> LaneHeights.share(room, 10, new int[] {1}, new double[2]));
    }
}
