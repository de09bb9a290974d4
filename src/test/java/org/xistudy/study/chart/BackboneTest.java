package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xistudy.study.chart.PhaseFixtures.down;
import static org.xistudy.study.chart.PhaseFixtures.nodes;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xistudy.content.model.RelationType.Rank;

class BackboneTest {
    private static final LayoutSettings S = LayoutSettings.DEFAULT;

    @Test
    void laterDuplicatesOfAnIdAreLeftOut() {
        List<LayeredLayout.Node> ns = new ArrayList<>(nodes("a", "b"));
        ns.add(new LayeredLayout.Node("a", new Size(300, 90)));
        List<LayeredLayout.Edge> es = List.of(down("a", "b"), new LayeredLayout.Edge("a>b", "b", "a", Rank.FROM_ABOVE));
        Backbone b = Backbone.build(ns, es, S);
        assertEquals(2, b.nodes().size());
        assertEquals(100, b.nodes().get(b.nodeIndex().get("a")).size().width());
        assertEquals(1, b.edges().size());
        assertEquals("a", b.edges().get(0).from());
    }

    @Test
    void everySlotIsOrderedOnceInItsLayerAndLayersAreAsHighAsTheirHighestNode() {
        List<LayeredLayout.Node> ns = List.of(new LayeredLayout.Node("a", new Size(80, 30)),
                new LayeredLayout.Node("b", new Size(80, 55)), new LayeredLayout.Node("c", new Size(80, 45)),
                new LayeredLayout.Node("d", new Size(80, 20)));
        Backbone b = Backbone.build(ns, List.of(down("a", "b"), down("a", "c"), down("c", "d"), down("a", "d")), S);
        assertEquals(3, b.layerCount());
        List<Integer> seen = new ArrayList<>();
        for (int l = 0; l < b.layerCount(); l++) {
            for (int v : b.order().get(l)) {
                assertEquals(l, b.slots().get(v).layer());
                seen.add(v);
            }
        }
        seen.sort(null);
        assertEquals(b.slots().size(), seen.size());
        assertEquals(5, seen.size(), "four nodes and the dummy of a>d");
        assertEquals(30, b.heightOf(0));
        assertEquals(55, b.heightOf(1), "a dummy adds no height");
        assertEquals(20, b.heightOf(2));
    }

    @Test
    void whatTheBackboneHandsOutCannotChangeIt() {
        Backbone b = Backbone.build(nodes("a", "b"), List.of(down("a", "b")), S);
        double x = b.unionX()[1];
        b.unionX()[1] = -99;
        b.nodeLayer()[1] = 5;
        b.nodeSlot()[1] = 0;
        b.layerHeight()[0] = 0;
        b.layered().get(0).dummies();
        assertEquals(x, b.unionX()[1]);
        assertEquals(1, b.layerOf(1));
        assertEquals(1, b.slotOf(1));
        assertEquals(40, b.heightOf(0));
        assertThrows(UnsupportedOperationException.class, () -> b.order().get(0).add(3));
        assertTrue(b.slots().size() == 2);
    }
}
