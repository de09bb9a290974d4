package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinateAssignmentTest {
    private static final LayoutSettings S = LayoutSettings.DEFAULT;

    // A parent p (0) over three children c1..c3 (1..3); d (4) is a dummy beside them.
    private static final List<Slot> SLOTS = List.of(new Slot("p", 100, 40, false, 0, List.of(0)),
            new Slot("c1", 100, 40, false, 1, List.of(1)), new Slot("c2", 60, 40, false, 1, List.of(2)),
            new Slot("c3", 100, 40, false, 1, List.of(3)), new Slot("d", 8, 0, true, 1, List.of()));
    private static final List<List<Integer>> ORDER = List.of(List.of(0), List.of(1, 2, 3, 4));
    private static final List<int[]> SEGMENTS = List.of(new int[] {0, 1, 0}, new int[] {0, 2, 1},
            new int[] {0, 3, 2});

    @Test
    void theUnionPlacementKeepsOrderAndGapsAndCentresTheParent() {
        double[] x = new CoordinateAssignment(SLOTS, S).placeUnion(ORDER, SEGMENTS);
        assertTrue(x[2] - x[1] >= (100 + 60) / 2.0 + S.nodeGap() - 1e-9);
        assertTrue(x[3] - x[2] >= (60 + 100) / 2.0 + S.nodeGap() - 1e-9);
        assertTrue(x[4] - x[3] >= (100 + 8) / 2.0 + S.edgeGap() - 1e-9, "a dummy only needs the edge gap");
        assertEquals((x[1] + x[2] + x[3]) / 3, x[0], 1e-6, "p sits over the mean of its children");
        double left = Double.POSITIVE_INFINITY;
        for (int v = 0; v < SLOTS.size(); v++) {
            left = Math.min(left, x[v] - SLOTS.get(v).width() / 2);
        }
        assertEquals(0, left, 1e-9, "the layout starts at 0");
    }

    @Test
    void aYearStaysWithinTheDriftOfTheBackboneAndClosesGaps() {
        CoordinateAssignment placement = new CoordinateAssignment(SLOTS, S);
        double[] anchor = placement.placeUnion(ORDER, SEGMENTS);
        boolean[] present = {true, true, false, true, false};
        // c2 is absent: c1 and c3 move toward each other, but no further than the drift.
        double[] x = placement.placeYear(List.of(List.of(0), List.of(1, 3)), List.of(SEGMENTS.get(0), SEGMENTS.get(2)),
                anchor, present);
        for (int v : new int[] {0, 1, 3}) {
            assertTrue(Math.abs(x[v] - anchor[v]) <= S.maxDrift() + 1e-9, v + " drifted " + (x[v] - anchor[v]));
        }
        assertTrue(x[1] > anchor[1] + 1 && x[3] < anchor[3] - 1, "the gap closes");
        assertTrue(x[3] - x[1] >= 100 + S.nodeGap() - 1e-9);
    }

    @Test
    void aYearWithEverythingPresentKeepsTheBackbone() {
        CoordinateAssignment placement = new CoordinateAssignment(SLOTS, S);
        double[] anchor = placement.placeUnion(ORDER, SEGMENTS);
        double[] x = placement.placeYear(ORDER, SEGMENTS, anchor, new boolean[] {true, true, true, true, true});
        for (int v = 0; v < x.length; v++) {
            assertEquals(anchor[v], x[v], 1e-6);
        }
    }

    @Test
    void theIsotonicFitLeavesAnOrderedSequenceAsItIsAndOrdersAnyOther() {
        double[] ordered = {-1, 0, 0, 3.5};
        assertArrayEquals(ordered, CoordinateAssignment.isotonic(ordered, new double[] {1, 2, 3, 4}));
        double[] fit = CoordinateAssignment.isotonic(new double[] {4, 3, 2, 1, 9}, new double[] {1, 1, 1, 1, 1});
        assertArrayEquals(new double[] {2.5, 2.5, 2.5, 2.5, 9}, fit, 1e-12);
    }
}
