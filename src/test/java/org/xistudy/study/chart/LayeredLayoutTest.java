package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.model.RelationType;
import org.xistudy.content.model.RelationType.Rank;

class LayeredLayoutTest {
    private static final LayoutSettings S = LayoutSettings.DEFAULT;
    private static InstitutionGraph graph;
    private static LayeredLayout backbone;

    @BeforeAll
    static void build() {
        graph = InstitutionGraph.of(ChartTestPack.foreignPolicy().pack());
        backbone = graph.backbone(sizes(graph), new Size(150, 60), S, 2000, 2026);
    }

    /** Sizes that differ between nodes, as measured text would. */
    static Map<String, Size> sizes(InstitutionGraph g) {
        Map<String, Size> m = new HashMap<>();
        for (ChartNode n : g.nodes()) {
            m.put(n.id(), new Size(90 + Math.min(150, n.name().length() * 4), n.isPerson() ? 48 : 64));
        }
        return m;
    }

    static ChartLayout layout(int year) {
        YearGraph y = graph.inYear(year);
        return backbone.layout(year, y.nodeIds(), y.edgeIds());
    }

    @Test
    void noTwoNodesOverlapInAnyYear() {
        for (int year = 2000; year <= 2026; year++) {
            List<NodeBox> boxes = new ArrayList<>(layout(year).nodes().values());
            assertFalse(boxes.isEmpty());
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    NodeBox a = boxes.get(i);
                    NodeBox b = boxes.get(j);
                    assertFalse(a.overlaps(b, 0), year + ": " + a + " overlaps " + b);
                    if (a.layer() == b.layer()) {
                        double gap = Math.max(b.x() - a.maxX(), a.x() - b.maxX());
                        assertTrue(gap >= S.nodeGap() - 1e-6, year + ": " + a.id() + " and " + b.id() + " are " + gap
                                + " apart");
                    }
                }
            }
        }
    }

    @Test
    void parentsSitAboveChildrenForEveryHierarchicalRelation() {
        int checked = 0;
        for (int year = 2000; year <= 2026; year++) {
            ChartLayout l = layout(year);
            for (ChartEdge e : graph.inYear(year).edges()) {
                if (!e.type().isHierarchical()) {
                    continue;
                }
                assertFalse(backbone.isFlipped(e.id()), "the test pack has no cycles: " + e.id());
                NodeBox from = l.nodes().get(e.from());
                NodeBox to = l.nodes().get(e.to());
                NodeBox upper = e.type().rank() == Rank.FROM_ABOVE ? from : to;
                NodeBox lower = upper == from ? to : from;
                assertTrue(upper.maxY() < lower.y(), year + ": " + e.id() + " " + upper + " is not above " + lower);
                checked++;
            }
        }
        assertTrue(checked > 200, "checked " + checked);
    }

    @Test
    void theLeaderAndTheCentreSitAtTheTopAndMeetingsHangBelowTheirConvener() {
        assertEquals(0, backbone.layerOf("xi"));
        assertTrue(backbone.layerOf("cc") < backbone.layerOf("cfac"));
        assertTrue(backbone.layerOf("pbsc") < backbone.layerOf("cfac"));
        assertEquals(backbone.layerOf("cc") + 1, backbone.layerOf("cfawc"));
        // A person who only heads a ministry sits right above it, not at the top.
        assertEquals(backbone.layerOf("mfa") - 1, backbone.layerOf("wang-yi"));
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        InstitutionGraph again = InstitutionGraph.of(ChartTestPack.foreignPolicy().pack());
        LayeredLayout other = again.backbone(sizes(again), new Size(150, 60), S, 2000, 2026);
        for (int year : new int[] {2000, 2012, 2014, 2018, 2023}) {
            YearGraph y = again.inYear(year);
            assertEquals(layout(year), other.layout(year, y.nodeIds(), y.edgeIds()));
        }
        assertEquals(layout(2018), layout(2018));
    }

    /**
     * The stability bound: a node on the chart in two years moves sideways at most twice the drift
     * allowance, and up or down at most by the change in height of the layers above it (a layer
     * that empties or fills adds or removes its height and one gap).
     */
    @Test
    void aYearChangeKeepsEveryNodeNearItsPlace() {
        double sum = 0;
        int count = 0;
        for (int a = 2000; a <= 2026; a++) {
            ChartLayout la = layout(a);
            for (int b = a + 1; b <= 2026; b++) {
                ChartLayout lb = layout(b);
                for (NodeBox na : la.nodes().values()) {
                    NodeBox nb = lb.nodes().get(na.id());
                    if (nb == null) {
                        continue;
                    }
                    double dx = Math.abs(na.centerX() - nb.centerX());
                    double dy = Math.abs(na.centerY() - nb.centerY());
                    assertTrue(dx <= 2 * S.maxDrift() + 1e-6, a + "->" + b + ": " + na.id() + " moved " + dx);
                    double bound = heightChangeAbove(la, lb, na.layer());
                    assertTrue(dy <= bound + 1e-6, a + "->" + b + ": " + na.id() + " dy " + dy + " > " + bound);
                    if (b == a + 1) {
                        sum += dx;
                        count++;
                    }
                }
            }
        }
        // Most nodes do not move at all from one year to the next: on average much less than a
        // tenth of the narrowest node.
        assertTrue(sum / count < 9, "mean sideways move between consecutive years: " + sum / count);
    }

    /** The sum over the layers above {@code layer} of how much room each takes up differently. */
    private static double heightChangeAbove(ChartLayout a, ChartLayout b, int layer) {
        double sum = 0;
        for (int l = 0; l < layer; l++) {
            sum += Math.abs(room(a, l) - room(b, l));
        }
        return sum;
    }

    private static double room(ChartLayout c, int layer) {
        return c.bands().stream().filter(x -> x.layer() == layer).mapToDouble(x -> x.height() + S.layerGap())
                .findFirst().orElse(0);
    }

    @Test
    void aNodeThatStaysDoesNotMoveWhenAnUnrelatedNodeAppears() {
        // From 2012 to 2013 only people and the CNSC change; the ministry keeps its place closely.
        NodeBox before = layout(2012).nodes().get("mfa");
        NodeBox after = layout(2013).nodes().get("mfa");
        assertTrue(Math.abs(before.centerX() - after.centerX()) <= 2 * S.maxDrift());
    }

    @Test
    void longEdgesRunThroughTheLayersTheyCrossWithoutTouchingNodes() {
        List<LayeredLayout.Node> nodes = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            nodes.add(new LayeredLayout.Node(id, new Size(100, 40)));
        }
        List<LayeredLayout.Edge> edges = List.of(edge("ab", "a", "b"), edge("bc", "b", "c"), edge("cd", "c", "d"),
                edge("ad", "a", "d"), edge("ae", "a", "e"), edge("ed", "e", "d"));
        LayeredLayout l = LayeredLayout.of(nodes, edges, S);
        ChartLayout c = l.layoutAll(2020);
        assertEquals(List.of(0, 1, 2, 3), List.of(l.layerOf("a"), l.layerOf("b"), l.layerOf("c"), l.layerOf("d")));
        EdgeRoute ad = c.edges().get("ad");
        assertEquals(EdgeRoute.Shape.LAYERED, ad.shape());
        // Two ends plus a top and a bottom point in each of the two layers crossed.
        assertEquals(6, ad.points().size());
        assertRouteAvoidsNodes(c, ad, "a", "d");
        assertRouteAvoidsNodes(c, c.edges().get("ae"), "a", "e");
        // The route starts at the bottom of a and ends at the top of d.
        assertEquals(c.nodes().get("a").maxY(), ad.start().y(), 1e-9);
        assertEquals(c.nodes().get("d").y(), ad.end().y(), 1e-9);
    }

    private static void assertRouteAvoidsNodes(ChartLayout c, EdgeRoute r, String from, String to) {
        for (Point p : Routes.flatten(r, 16)) {
            for (NodeBox b : c.nodes().values()) {
                if (!b.id().equals(from) && !b.id().equals(to)) {
                    assertFalse(b.containsInside(p, 0.5), r.id() + " passes through " + b.id() + " at " + p);
                }
            }
        }
    }

    @Test
    void routesOfTheFullChartNeverCrossANode() {
        for (int year : new int[] {2005, 2012, 2014, 2018, 2023}) {
            ChartLayout c = layout(year);
            for (ChartEdge e : graph.inYear(year).edges()) {
                EdgeRoute r = c.edges().get(e.id());
                if (r.shape() == EdgeRoute.Shape.LAYERED || r.shape() == EdgeRoute.Shape.SIDE) {
                    assertRouteAvoidsNodes(c, r, e.from(), e.to());
                }
            }
        }
    }

    @Test
    void labelPlacesAreClearOfEveryNode() {
        for (int year : new int[] {2005, 2012, 2018, 2023}) {
            ChartLayout c = layout(year);
            for (EdgeRoute r : c.edges().values()) {
                for (Point p : r.labels()) {
                    for (NodeBox b : c.nodes().values()) {
                        assertFalse(b.containsInside(p, 0), year + ": label of " + r.id() + " inside " + b.id());
                    }
                }
            }
        }
        // Near the "to" end means nearer to it than to the "from" end.
        EdgeRoute chairs = layout(2018).edges().get("r-xi-cfac");
        assertTrue(chairs.labelNearTo().distance(chairs.end()) < chairs.labelNearTo().distance(chairs.start()));
        assertTrue(chairs.labelNearFrom().distance(chairs.start()) < chairs.labelNearFrom().distance(chairs.end()));
    }

    @Test
    void routesGoFromTheRelationsFromEndToItsToEnd() {
        ChartLayout c = layout(2018);
        // "CFAC reports to PBSC": from the commission below up to the committee above.
        EdgeRoute r = c.edges().get("r-cfac-pbsc");
        assertEquals(c.nodes().get("cfac").y(), r.start().y(), 1e-9);
        assertEquals(c.nodes().get("pbsc").maxY(), r.end().y(), 1e-9);
        EdgeRoute chairs = c.edges().get("r-xi-cfac");
        assertEquals(c.nodes().get("xi").maxY(), chairs.start().y(), 1e-9);
    }

    @Test
    void cyclesAndSelfLoopsAreDrawnWithoutBreakingTheLayout() {
        List<LayeredLayout.Node> nodes = List.of(new LayeredLayout.Node("a", new Size(80, 30)),
                new LayeredLayout.Node("b", new Size(80, 30)), new LayeredLayout.Node("c", new Size(80, 30)),
                new LayeredLayout.Node("d", new Size(80, 30)));
        List<LayeredLayout.Edge> edges = List.of(edge("ab", "a", "b"), edge("bc", "b", "c"), edge("ca", "c", "a"),
                edge("dd", "d", "d"), edge("cd", "c", "d"),
                new LayeredLayout.Edge("up", "a", "c", Rank.TO_ABOVE));
        LayeredLayout l = LayeredLayout.of(nodes, edges, S);
        ChartLayout c = l.layoutAll(2020);
        assertEquals(4, c.nodes().size());
        assertEquals(6, c.edges().size());
        int flipped = 0;
        for (LayeredLayout.Edge e : edges) {
            if (e.from().equals(e.to())) {
                assertEquals(EdgeRoute.Shape.LOOP, c.edges().get(e.id()).shape());
                continue;
            }
            NodeBox from = c.nodes().get(e.from());
            NodeBox to = c.nodes().get(e.to());
            boolean fromAbove = e.rank() == Rank.FROM_ABOVE;
            boolean drawnFromAbove = from.maxY() < to.y();
            if (l.isFlipped(e.id())) {
                flipped++;
                assertTrue(c.edges().get(e.id()).againstHierarchy());
                assertEquals(!fromAbove, drawnFromAbove, e.id());
            } else {
                assertEquals(fromAbove, drawnFromAbove, e.id());
            }
        }
        assertTrue(flipped >= 1 && flipped <= 2, "flipped " + flipped);
        List<NodeBox> boxes = new ArrayList<>(c.nodes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).overlaps(boxes.get(j), 0));
            }
        }
    }

    @Test
    void crossingReductionUntanglesAGraphThatCanBeDrawnWithoutCrossings() {
        // Two trees whose children are listed crosswise: a planar drawing exists.
        List<LayeredLayout.Node> nodes = new ArrayList<>();
        for (String id : List.of("r1", "r2", "x3", "y2", "x1", "y1", "x2", "y3", "z1", "z2")) {
            nodes.add(new LayeredLayout.Node(id, new Size(60, 30)));
        }
        List<LayeredLayout.Edge> edges = List.of(edge("1", "r1", "x1"), edge("2", "r2", "y1"), edge("3", "r1", "x2"),
                edge("4", "r2", "y2"), edge("5", "r1", "x3"), edge("6", "r2", "y3"), edge("7", "y3", "z1"),
                edge("8", "x1", "z2"), edge("9", "y1", "z2"));
        ChartLayout c = LayeredLayout.of(nodes, edges, S).layoutAll(2020);
        assertEquals(0, crossings(c, edges));
    }

    /** Crossings between edges that join adjacent layers, from the drawn end points. */
    static int crossings(ChartLayout c, List<LayeredLayout.Edge> edges) {
        int n = 0;
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                EdgeRoute a = c.edges().get(edges.get(i).id());
                EdgeRoute b = c.edges().get(edges.get(j).id());
                if (a.points().size() == 2 && b.points().size() == 2 && a.start().y() == b.start().y()
                        && a.end().y() == b.end().y()) {
                    double d1 = a.start().x() - b.start().x();
                    double d2 = a.end().x() - b.end().x();
                    if (d1 * d2 < 0) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void sameLayerRelationsAreDrawnBetweenNeighboursOrBelowTheLayer() {
        ChartLayout c = layout(2018);
        EdgeRoute up = c.edges().get("r-cfac-falsg");
        assertEquals(backbone.layerOf("cfac"), backbone.layerOf("falsg"), "upgrade partners share a layer");
        assertTrue(up.shape() == EdgeRoute.Shape.SIDE || up.shape() == EdgeRoute.Shape.ARC);
        for (String id : List.of("r-ild-pd", "r-cpd-pd", "r-ufwd-pd")) {
            EdgeRoute r = c.edges().get(id);
            if (r.shape() == EdgeRoute.Shape.ARC) {
                double bandBottom = c.nodes().get("mfa").y() + 1;
                assertTrue(r.points().get(1).y() > bandBottom, "an arc bends below the layer");
            }
        }
    }

    @Test
    void isotonicFitPoolsViolatorsByWeight() {
        assertArrayEquals(new double[] {2, 2, 2}, CoordinateAssignment.isotonic(new double[] {3, 1, 2}, new double[] {1, 1, 1}),
                1e-9);
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, CoordinateAssignment.isotonic(new double[] {1, 3, 2, 4},
                new double[] {1, 1, 1, 1}), 1e-9);
        // A heavy point pulls the pooled value to itself.
        assertArrayEquals(new double[] {2.75, 2.75}, CoordinateAssignment.isotonic(new double[] {5, 2}, new double[] {1, 3}),
                1e-9);
    }

    @Test
    void peopleWhoHoldAnOfficeInTurnSharePlacesButNeverAppearTogether() {
        List<String> ids = graph.nodes().stream().map(ChartNode::id).toList();
        int shared = 0;
        for (String a : ids) {
            for (String b : ids) {
                if (a.compareTo(b) < 0 && backbone.sharePlace(a, b)) {
                    shared++;
                    for (int year = 2000; year <= 2026; year++) {
                        YearGraph y = graph.inYear(year);
                        assertFalse(y.contains(a) && y.contains(b), a + " and " + b + " both in " + year);
                    }
                }
            }
        }
        // Premiers and general secretaries follow each other: some places are shared.
        assertTrue(shared >= 2, "shared places: " + shared);
        assertFalse(backbone.sharePlace("cfac", "falsg"), "the group and the commission overlap in 2018");
    }

    @Test
    void anEmptyGraphHasAnEmptyLayout() {
        ChartLayout c = LayeredLayout.of(List.of(), List.of(), S).layoutAll(2000);
        assertTrue(c.nodes().isEmpty());
        assertEquals(Bounds.EMPTY, c.bounds());
    }

    @Test
    void edgesToUnknownNodesAreIgnored() {
        LayeredLayout l = LayeredLayout.of(List.of(new LayeredLayout.Node("a", new Size(50, 20))),
                List.of(edge("x", "a", "ghost")), S);
        ChartLayout c = l.layoutAll(2000);
        assertEquals(Set.of("a"), c.nodes().keySet());
        assertTrue(c.edges().isEmpty());
    }

    private static LayeredLayout.Edge edge(String id, String from, String to) {
        return new LayeredLayout.Edge(id, from, to, RelationType.DIRECTS.rank());
    }
}
