package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossingReductionTest {

    private static Slot slot(String id, int layer) {
        return new Slot(id, 100, 40, false, layer, List.of());
    }

    private static LayeredEdge between(int upper, int lower) {
        return new LayeredEdge(true, false, false, false, true, false, upper, lower, new int[0]);
    }

    private static LayeredEdge sideways(int a, int b) {
        return new LayeredEdge(true, false, false, true, true, false, a, b, new int[0]);
    }

    // a=0 and b=1 on top, x=2 and y=3 below; a-x, a-y, b-x: [a, b] over [x, y] crosses once.
    private static final List<Slot> SLOTS = List.of(slot("a", 0), slot("b", 0), slot("x", 1), slot("y", 1));
    private static final List<LayeredEdge> EDGES = List.of(between(0, 2), between(0, 3), between(1, 2));

    @Test
    void theCostCountsCrossingsBetweenAdjacentLayers() {
        assertEquals(1, CrossingReduction.cost(SLOTS, EDGES, List.of(List.of(0, 1), List.of(2, 3))));
        assertEquals(0, CrossingReduction.cost(SLOTS, EDGES, List.of(List.of(0, 1), List.of(3, 2))));
        assertEquals(0, CrossingReduction.cost(SLOTS, EDGES, List.of(List.of(1, 0), List.of(2, 3))));
    }

    @Test
    void theOrderHasNoCrossingsWhereNoneAreNeeded() {
        List<List<Integer>> order = CrossingReduction.order(SLOTS, EDGES, 2);
        assertEquals(0, CrossingReduction.cost(SLOTS, EDGES, order), order.toString());
        assertEquals(List.of(0, 1), sorted(order.get(0)));
        assertEquals(List.of(2, 3), sorted(order.get(1)));
    }

    @Test
    void aSameLayerEdgeCostsItsWeightForEachSlotBetweenItsEnds() {
        List<Slot> slots = List.of(slot("a", 0), slot("b", 0), slot("c", 0), slot("d", 0));
        List<LayeredEdge> edges = List.of(sideways(0, 3));
        assertEquals(2 * CrossingReduction.SAME_LAYER_WEIGHT,
                CrossingReduction.cost(slots, edges, List.of(List.of(0, 1, 2, 3))));
        List<Integer> order = CrossingReduction.order(slots, edges, 1).get(0);
        assertEquals(1, Math.abs(order.indexOf(0) - order.indexOf(3)), "the ends become neighbours: " + order);
    }

    @Test
    void everySlotIsOrderedOnceInItsOwnLayer() {
        List<Slot> slots = new ArrayList<>(SLOTS);
        slots.add(new Slot("a>z#1", 8, 0, true, 1, List.of()));
        slots.add(slot("z", 2));
        slots.add(slot("lone", 1));
        List<LayeredEdge> edges = new ArrayList<>(EDGES);
        edges.add(new LayeredEdge(true, false, false, false, true, false, 0, 5, new int[] {4}));
        List<List<Integer>> order = CrossingReduction.order(slots, edges, 3);
        assertEquals(List.of(0, 1), sorted(order.get(0)));
        assertEquals(List.of(2, 3, 4, 6), sorted(order.get(1)));
        assertEquals(List.of(5), order.get(2));
        assertEquals(0, CrossingReduction.cost(slots, edges, order), order.toString());
    }

    private static List<Integer> sorted(List<Integer> l) {
        List<Integer> c = new ArrayList<>(l);
        c.sort(null);
        return c;
    }
}
