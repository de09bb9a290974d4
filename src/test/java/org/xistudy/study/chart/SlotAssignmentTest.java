package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xistudy.study.chart.PhaseFixtures.down;
import static org.xistudy.study.chart.PhaseFixtures.nodes;
import static org.xistudy.study.chart.PhaseFixtures.soft;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotAssignmentTest {
    private static final double DUMMY = 8;

    private static SlotAssignment.Result assign(List<LayeredLayout.Node> nodes, List<LayeredLayout.Edge> edges) {
        List<NodeEdge> ends = CycleBreaker.breakCycles(nodes.size(), PhaseFixtures.ends(nodes, edges));
        return SlotAssignment.assign(nodes, edges, ends, PhaseFixtures.layers(nodes, ends), DUMMY);
    }

    private static List<LayeredLayout.Node> heads(Set<Integer> first, Set<Integer> second) {
        return List.of(new LayeredLayout.Node("h1", new Size(100, 40), first),
                new LayeredLayout.Node("h2", new Size(120, 50), second), new LayeredLayout.Node("body", new Size(90, 30)));
    }

    @Test
    void successiveHeadsOfOneBodyShareASlot() {
        SlotAssignment.Result r = assign(heads(Set.of(2000, 2001), Set.of(2002)),
                List.of(down("h1", "body"), down("h2", "body")));
        assertEquals(r.nodeSlot()[0], r.nodeSlot()[1]);
        Slot shared = r.slots().get(r.nodeSlot()[0]);
        assertEquals("h1|h2", shared.id());
        assertEquals(120, shared.width());
        assertEquals(50, shared.height());
        assertEquals(List.of(0, 1), shared.members());
    }

    @Test
    void headsShownInTheSameYearDoNotShare() {
        SlotAssignment.Result r = assign(heads(Set.of(2000, 2001), Set.of(2001)),
                List.of(down("h1", "body"), down("h2", "body")));
        assertNotEquals(r.nodeSlot()[0], r.nodeSlot()[1]);
    }

    @Test
    void nodesShownInAnyYearNeverShare() {
        SlotAssignment.Result r = assign(heads(null, Set.of(2002)), List.of(down("h1", "body"), down("h2", "body")));
        assertNotEquals(r.nodeSlot()[0], r.nodeSlot()[1]);
    }

    @Test
    void aLongEdgeGetsADummyInEachLayerItCrosses() {
        var edges = List.of(down("a", "b"), down("b", "c"), down("c", "d"), down("a", "d"));
        SlotAssignment.Result r = assign(nodes("a", "b", "c", "d"), edges);
        LayeredEdge ad = r.edges().get(3);
        assertEquals(2, ad.dummies().length);
        Slot first = r.slots().get(ad.dummies()[0]);
        Slot second = r.slots().get(ad.dummies()[1]);
        assertEquals("a>d#1", first.id());
        assertEquals("a>d#2", second.id());
        assertTrue(first.dummy() && second.dummy());
        assertEquals(List.of(1, 2), List.of(first.layer(), second.layer()));
        assertEquals(DUMMY, first.width());
        assertTrue(ad.dummies()[0] >= 4, "dummies come after the nodes' slots");
        assertArrayEquals(new int[] {r.nodeSlot()[0], ad.dummies()[0], ad.dummies()[1], r.nodeSlot()[3]}, ad.chain());
        assertEquals(0, r.edges().get(0).dummies().length);
    }

    @Test
    void aSoftEdgeRunsDownFromItsHigherEnd() {
        var edges = List.of(down("a", "b"), down("b", "c"), soft("c", "a"));
        SlotAssignment.Result r = assign(nodes("a", "b", "c"), edges);
        LayeredEdge ca = r.edges().get(2);
        assertFalse(ca.sameLayer());
        assertFalse(ca.fromIsUpper(), "c lies below a, so the edge runs up from its from end");
        assertEquals(r.nodeSlot()[0], ca.upper());
        assertEquals(r.nodeSlot()[2], ca.lower());
        assertTrue(ca.layered());
    }

    @Test
    void aSoftEdgeWithinALayerLiesSideways() {
        var edges = List.of(down("a", "b"), down("a", "c"), soft("c", "b"));
        SlotAssignment.Result r = assign(nodes("a", "b", "c"), edges);
        LayeredEdge cb = r.edges().get(2);
        assertTrue(cb.sameLayer());
        assertTrue(cb.sideways());
        assertTrue(cb.fromIsUpper());
        assertEquals(r.nodeSlot()[2], cb.upper());
        assertEquals(0, cb.dummies().length);
    }

    @Test
    void loopsAndEdgesToUnknownNodesJoinNoSlots() {
        var edges = List.of(down("a", "a"), down("a", "ghost"));
        SlotAssignment.Result r = assign(nodes("a"), edges);
        assertTrue(r.edges().get(0).loop());
        assertFalse(r.edges().get(1).valid());
        assertEquals(-1, r.edges().get(0).upper());
        assertEquals(1, r.slots().size());
    }
}
