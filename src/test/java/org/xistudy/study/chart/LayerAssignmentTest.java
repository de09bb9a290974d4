package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.xistudy.study.chart.PhaseFixtures.down;
import static org.xistudy.study.chart.PhaseFixtures.ends;
import static org.xistudy.study.chart.PhaseFixtures.nodes;
import static org.xistudy.study.chart.PhaseFixtures.soft;
import static org.xistudy.study.chart.PhaseFixtures.widths;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayerAssignmentTest {

    private static LayerAssignment.Layering assign(List<LayeredLayout.Node> nodes, List<LayeredLayout.Edge> edges) {
        return LayerAssignment.assign(CycleBreaker.breakCycles(nodes.size(), ends(nodes, edges)), widths(nodes),
                LayoutSettings.DEFAULT.nodeGap());
    }

    @Test
    void aChainTakesOneLayerPerNode() {
        var l = assign(nodes("a", "b", "c"), List.of(down("a", "b"), down("b", "c")));
        assertArrayEquals(new int[] {0, 1, 2}, l.layers());
        assertEquals(3, l.count());
    }

    @Test
    void aNodeWithOnlyAChildSitsRightAboveIt() {
        // Longest path would put x at the top; refinement moves it down next to d.
        var l = assign(nodes("a", "b", "c", "d", "x"),
                List.of(down("a", "b"), down("b", "c"), down("c", "d"), down("x", "d")));
        assertArrayEquals(new int[] {0, 1, 2, 3, 2}, l.layers());
    }

    @Test
    void aNodeWithNoEdgesGoesToTheBottomLayer() {
        var l = assign(nodes("a", "b", "c", "lone"), List.of(down("a", "b"), down("b", "c")));
        assertEquals(2, l.layers()[3]);
    }

    @Test
    void aSoftEdgePullsItsEndsIntoOneLayer() {
        // Without the soft edge d would have no edges and go to the bottom.
        var l = assign(nodes("a", "b", "c", "d"), List.of(down("a", "b"), down("b", "c"), soft("d", "b")));
        assertEquals(1, l.layers()[1]);
        assertEquals(1, l.layers()[3]);
    }

    @Test
    void layersAreNumberedWithoutGaps() {
        var l = assign(nodes("a", "b", "c", "d", "e"), List.of(down("a", "b"), down("a", "c"), down("c", "d"),
                down("d", "e"), down("b", "e")));
        boolean[] used = new boolean[l.count()];
        for (int layer : l.layers()) {
            used[layer] = true;
        }
        assertArrayEquals(new boolean[] {true, true, true, true}, used);
    }

    @Test
    void balancingSpreadsFreeNodesOverTheLeastCrowdedLayer() {
        // p has children at layers 1 and 3; q and r hang below p, and above s at layer 3, so they
        // may sit in layer 1 or 2. Layer 1 is crowded, so they go to layer 2 together.
        var l = assign(nodes("p", "w1", "w2", "w3", "m", "s", "q", "r"), List.of(down("p", "w1"), down("p", "w2"),
                down("p", "w3"), down("w1", "m"), down("m", "s"), down("p", "q"), down("p", "r"), down("q", "s"),
                down("r", "s")));
        int[] layers = l.layers();
        assertEquals(layers[6], layers[7], "alike nodes stay together");
        assertNotEquals(layers[1], layers[6]);
    }

    @Test
    void noNodesMeanNoLayers() {
        var l = LayerAssignment.assign(List.of(), new double[0], 30);
        assertEquals(0, l.count());
    }

    @Test
    void theLayeringCannotBeChangedFromOutside() {
        var l = assign(nodes("a", "b"), List.of(down("a", "b")));
        l.layers()[0] = 7;
        assertEquals(0, l.layers()[0]);
    }
}
