package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xistudy.study.chart.PhaseFixtures.down;
import static org.xistudy.study.chart.PhaseFixtures.nodes;
import static org.xistudy.study.chart.PhaseFixtures.soft;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xistudy.content.model.RelationType.Rank;

/** The routes {@link EdgeRouter} gives a year laid out by {@link YearLayout}. */
class EdgeRouterTest {
    private static final LayoutSettings S = LayoutSettings.DEFAULT;

    private static ChartLayout all(List<LayeredLayout.Node> nodes, List<LayeredLayout.Edge> edges) {
        Backbone b = Backbone.build(nodes, edges, S);
        Set<String> ids = new HashSet<>(b.nodeIndex().keySet());
        Set<String> es = new HashSet<>(b.edgeIndex().keySet());
        return YearLayout.layout(b, 2020, ids, es);
    }

    @Test
    void edgesLeavingOneSideAreSpreadAlongItInTheOrderOfWhereTheyGo() {
        ChartLayout c = all(nodes("p", "l", "r"), List.of(down("p", "r"), down("p", "l")));
        NodeBox p = c.nodes().get("p");
        EdgeRoute toL = c.edges().get("p>l");
        EdgeRoute toR = c.edges().get("p>r");
        boolean lIsLeft = c.nodes().get("l").x() < c.nodes().get("r").x();
        EdgeRoute left = lIsLeft ? toL : toR;
        EdgeRoute right = lIsLeft ? toR : toL;
        assertEquals(p.centerX() - S.portSpacing() / 2, left.start().x(), 1e-9);
        assertEquals(p.centerX() + S.portSpacing() / 2, right.start().x(), 1e-9);
        assertEquals(p.maxY(), left.start().y(), 1e-9);
        assertEquals(c.nodes().get(lIsLeft ? "l" : "r").y(), left.end().y(), 1e-9);
        assertEquals(EdgeRoute.Shape.LAYERED, left.shape());
    }

    @Test
    void anEdgeWhoseToEndIsAboveRunsUpFromItsFromEnd() {
        ChartLayout c = all(nodes("boss", "staff"), List.of(new LayeredLayout.Edge("up", "staff", "boss",
                Rank.TO_ABOVE)));
        EdgeRoute up = c.edges().get("up");
        NodeBox staff = c.nodes().get("staff");
        NodeBox boss = c.nodes().get("boss");
        assertTrue(staff.y() > boss.maxY());
        assertEquals(staff.y(), up.start().y(), 1e-9);
        assertEquals(boss.maxY(), up.end().y(), 1e-9);
        assertTrue(up.labelNearFrom().y() > up.labelNearTo().y() - 1e-9, "labels follow the edge's direction");
    }

    @Test
    void sameLayerEdgesRunBetweenNeighboursOrArcBelowTheLayer() {
        ChartLayout c = all(nodes("p", "a", "b", "m"), List.of(down("p", "a"), down("p", "m"), down("p", "b"),
                soft("a", "b"), soft("a", "m"), soft("b", "m")));
        for (String id : List.of("a~b", "a~m", "b~m")) {
            EdgeRoute r = c.edges().get(id);
            NodeBox from = c.nodes().get(id.substring(0, 1));
            NodeBox to = c.nodes().get(id.substring(2));
            if (r.shape() == EdgeRoute.Shape.SIDE) {
                assertEquals(2, r.points().size());
                assertEquals(from.centerY(), r.start().y(), 1e-9);
                double expected = from.x() < to.x() ? from.maxX() : from.x();
                assertEquals(expected, r.start().x(), 1e-9);
            } else {
                assertEquals(EdgeRoute.Shape.ARC, r.shape());
                assertEquals(4, r.points().size());
                assertEquals(from.maxY(), r.start().y(), 1e-9);
                assertTrue(r.points().get(1).y() > from.maxY(), "the arc runs below the layer");
            }
        }
        assertTrue(c.edges().values().stream().anyMatch(r -> r.shape() == EdgeRoute.Shape.SIDE));
        assertTrue(c.edges().values().stream().anyMatch(r -> r.shape() == EdgeRoute.Shape.ARC),
                "of three nodes in a row, two are not neighbours");
    }

    @Test
    void aLoopCurlsOutOfTheNodesRightSide() {
        ChartLayout c = all(nodes("a"), List.of(down("a", "a")));
        EdgeRoute loop = c.edges().get("a>a");
        NodeBox a = c.nodes().get("a");
        assertEquals(EdgeRoute.Shape.LOOP, loop.shape());
        assertEquals(a.maxX(), loop.start().x(), 1e-9);
        assertEquals(a.maxX(), loop.end().x(), 1e-9);
        assertTrue(loop.points().get(1).x() > a.maxX());
    }
}
