package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xistudy.study.chart.ChartFrame.BandPlace;
import org.xistudy.study.chart.ChartFrame.EdgePlace;
import org.xistudy.study.chart.ChartFrame.NodePlace;

class ChartFrameTest {
    private static final double EPS = 1e-9;

    private static List<Point> line(double y) {
        return List.of(new Point(0, y), new Point(100, y));
    }

    /** "stay" moves, "old" goes, "new" comes; edge "e" stays, "f" comes; band 0 moves, band 1 comes. */
    private final ChartFrame from = new ChartFrame(
            Map.of("stay", new NodePlace(0, 0, 1), "old", new NodePlace(50, 50, 1)),
            Map.of("e", new EdgePlace(line(0), 1)),
            Map.of(0, new BandPlace(0, 100, 1)));
    private final ChartFrame to = new ChartFrame(
            Map.of("stay", new NodePlace(100, 200, 1), "new", new NodePlace(10, 10, 1)),
            Map.of("e", new EdgePlace(line(100), 1), "f", new EdgePlace(line(50), 1)),
            Map.of(0, new BandPlace(40, 60, 1), 1, new BandPlace(200, 50, 1)));

    @Test
    void theEndsOfTheChangeAreTheFramesThemselves() {
        ChartFrame start = ChartFrame.between(from, to, 0);
        assertEquals(from.nodes(), start.nodes());
        assertEquals(Set.of("e"), start.edges().keySet());
        ChartFrame end = ChartFrame.between(from, to, 1);
        assertEquals(to.nodes(), end.nodes());
        assertEquals(to.edges().keySet(), end.edges().keySet());
        assertEquals(line(100), end.edges().get("e").points());
        assertEquals(to.bands().keySet(), end.bands().keySet());
    }

    @Test
    void whatStaysMovesAlongTheWay() {
        NodePlace half = ChartFrame.between(from, to, 0.5).nodes().get("stay");
        assertEquals(50, half.x(), EPS);
        assertEquals(100, half.y(), EPS);
        assertEquals(1, half.opacity(), EPS);
        EdgePlace e = ChartFrame.between(from, to, 0.5).edges().get("e");
        for (Point p : e.points()) {
            assertEquals(50, p.y(), EPS);
        }
        BandPlace band = ChartFrame.between(from, to, 0.5).bands().get(0);
        assertEquals(20, band.y(), EPS);
        assertEquals(80, band.height(), EPS);
        assertEquals(1, band.opacity(), EPS);
    }

    @Test
    void whatGoesFadesEarlyAndWhatComesFadesLate() {
        assertEquals(0.5, ChartFrame.between(from, to, 0.25).nodes().get("old").opacity(), EPS);
        assertFalse(ChartFrame.between(from, to, 0.5).nodes().containsKey("old"), "gone halfway");
        assertFalse(ChartFrame.between(from, to, 0.35).nodes().containsKey("new"), "not yet there");
        assertEquals(0.5, ChartFrame.between(from, to, 0.675).nodes().get("new").opacity(), EPS);
        // The new node stands where it will be, and does not move.
        assertEquals(10, ChartFrame.between(from, to, 0.675).nodes().get("new").x(), EPS);
        // New edges come after new nodes.
        ChartFrame t = ChartFrame.between(from, to, 0.4);
        assertTrue(t.nodes().containsKey("new"));
        assertFalse(t.edges().containsKey("f"));
        assertEquals(0.5, ChartFrame.between(from, to, 0.725).edges().get("f").opacity(), EPS);
        // A band that comes fades in over the whole change.
        assertEquals(0.3, ChartFrame.between(from, to, 0.3).bands().get(1).opacity(), EPS);
    }

    @Test
    void aChangeStoppedHalfwayGoesOnFromWhereItWas() {
        ChartFrame mid = ChartFrame.between(from, to, 0.25);
        double faded = mid.nodes().get("old").opacity();
        ChartFrame back = ChartFrame.between(mid, from, 0);
        assertEquals(faded, back.nodes().get("old").opacity(), EPS);
        assertEquals(1, ChartFrame.between(mid, from, 1).nodes().get("old").opacity(), EPS);
    }

    @Test
    void aLayoutAtRestHasEveryNodeAndEdgeInPlace() {
        InstitutionGraph graph = InstitutionGraph.of(ChartTestPack.foreignPolicy().pack());
        LayeredLayout backbone = graph.backbone(LayeredLayoutTest.sizes(graph), new Size(150, 60),
                LayoutSettings.DEFAULT, 2000, 2026);
        YearGraph y = graph.inYear(2018);
        ChartLayout layout = backbone.layout(2018, y.nodeIds(), y.edgeIds());
        ChartFrame f = ChartFrame.of(layout);
        assertEquals(layout.nodes().keySet(), f.nodes().keySet());
        assertEquals(layout.edges().keySet(), f.edges().keySet());
        for (NodeBox b : layout.nodes().values()) {
            assertEquals(new NodePlace(b.x(), b.y(), 1), f.nodes().get(b.id()));
        }
        for (EdgePlace e : f.edges().values()) {
            assertEquals(ChartFrame.SAMPLES, e.points().size());
            assertEquals(1, e.opacity(), EPS);
        }
        long bands = layout.bands().stream().filter(b -> b.height() > 0).count();
        assertTrue(bands > 0);
        assertEquals(bands, f.bands().size(), "only bands with nodes in them");
        assertEquals(ChartFrame.EMPTY, ChartFrame.of(ChartLayout.EMPTY));
    }
}
