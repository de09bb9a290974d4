package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xistudy.study.chart.ChartNavigation.Direction;

class ChartNavigationTest {
    private final InstitutionGraph graph = InstitutionGraph.of(ChartTestPack.foreignPolicy().pack());
    private final LayeredLayout backbone = graph.backbone(LayeredLayoutTest.sizes(graph), new Size(150, 60),
            LayoutSettings.DEFAULT, 2000, 2026);
    private final YearGraph y2018 = graph.inYear(2018);
    private final ChartLayout layout = backbone.layout(2018, y2018.nodeIds(), y2018.edgeIds());

    @Test
    void upAndDownFollowEdges() {
        for (ChartNode n : y2018.nodes()) {
            Set<String> neighbours = new HashSet<>();
            y2018.edgesOf(n.id()).forEach(e -> neighbours.add(e.other(n.id())));
            for (Direction d : List.of(Direction.UP, Direction.DOWN)) {
                Optional<String> next = ChartNavigation.step(layout, y2018, n.id(), d);
                boolean edgeThatWay = neighbours.stream().anyMatch(o -> d == Direction.UP
                        ? layout.nodes().get(o).layer() < layout.nodes().get(n.id()).layer()
                        : layout.nodes().get(o).layer() > layout.nodes().get(n.id()).layer());
                if (edgeThatWay) {
                    assertTrue(next.isPresent() && neighbours.contains(next.get()),
                            n.id() + " " + d + " went to " + next + ", not along an edge");
                }
            }
        }
    }

    @Test
    void upGoesToTheNearestLayerAboveAlongAnEdge() {
        // The commission reports to the standing committee and is chaired by Xi, higher up.
        assertEquals(Optional.of("pbsc"), ChartNavigation.step(layout, y2018, "cfac", Direction.UP));
        // The office's neighbours above are the commission and its director, one layer up.
        String up = ChartNavigation.step(layout, y2018, "cfac-office", Direction.UP).orElseThrow();
        assertTrue(Set.of("cfac", "yang-jiechi").contains(up), up);
        // Down from Xi goes to the nearest layer he has an edge to, never further.
        String down = ChartNavigation.step(layout, y2018, "xi", Direction.DOWN).orElseThrow();
        assertEquals(layout.nodes().get("xi").layer() + 1, layout.nodes().get(down).layer());
    }

    @Test
    void leftAndRightStayInTheLayer() {
        NodeBox here = layout.nodes().get("cfac");
        for (Direction d : List.of(Direction.LEFT, Direction.RIGHT)) {
            ChartNavigation.step(layout, y2018, "cfac", d).ifPresent(id -> {
                NodeBox there = layout.nodes().get(id);
                assertEquals(here.layer(), there.layer());
                assertTrue(d == Direction.LEFT ? there.x() < here.x() : there.x() > here.x());
            });
        }
    }

    @Test
    void tabVisitsEveryNodeOnceInReadingOrderAndWraps() {
        Set<String> seen = new HashSet<>();
        String id = ChartNavigation.first(layout).orElseThrow();
        String first = id;
        for (int i = 0; i < layout.nodes().size(); i++) {
            assertTrue(seen.add(id), "visited twice: " + id);
            id = ChartNavigation.cycle(layout, id, false).orElseThrow();
        }
        assertEquals(first, id);
        assertEquals(layout.nodes().keySet(), seen);
        String last = ChartNavigation.cycle(layout, first, true).orElseThrow();
        assertEquals(layout.readingOrder().get(layout.nodes().size() - 1).id(), last);
    }

    @Test
    void anUnknownStartGoesToTheFirstNode() {
        assertEquals(ChartNavigation.first(layout), ChartNavigation.step(layout, y2018, "gone", Direction.DOWN));
    }
}
