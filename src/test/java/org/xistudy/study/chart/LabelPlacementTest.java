package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {
    @Test
    void aLabelWithRoomSitsCentredOnItsFirstAnchor() {
        Map<String, Point> p = LabelPlacement.place(List.of(new LabelPlacement.Request("a", 40, 10,
                List.of(new Point(100, 100)))), List.of());
        assertEquals(new Point(80, 95), p.get("a"));
    }

    @Test
    void twoLabelsAtOnePlaceDoNotOverlap() {
        List<LabelPlacement.Request> r = List.of(
                new LabelPlacement.Request("a", 80, 16, List.of(new Point(100, 100))),
                new LabelPlacement.Request("b", 80, 16, List.of(new Point(110, 102))));
        Map<String, Point> p = LabelPlacement.place(r, List.of());
        Bounds a = new Bounds(p.get("a").x(), p.get("a").y(), p.get("a").x() + 80, p.get("a").y() + 16);
        Bounds b = new Bounds(p.get("b").x(), p.get("b").y(), p.get("b").x() + 80, p.get("b").y() + 16);
        assertTrue(a.maxX() <= b.minX() || b.maxX() <= a.minX() || a.maxY() <= b.minY() || b.maxY() <= a.minY(),
                a + " overlaps " + b);
    }

    @Test
    void aLabelMovesOffANodeToItsNextAnchor() {
        Bounds node = new Bounds(50, 50, 150, 150);
        Map<String, Point> p = LabelPlacement.place(List.of(new LabelPlacement.Request("a", 30, 10,
                List.of(new Point(100, 100), new Point(300, 300)))), List.of(node));
        assertEquals(new Point(285, 295), p.get("a"));
    }

    @Test
    void withNoFreePlaceTheLeastOverlapWins() {
        Bounds wall = new Bounds(0, 0, 1000, 1000);
        Map<String, Point> p = LabelPlacement.place(List.of(new LabelPlacement.Request("a", 30, 10,
                List.of(new Point(995, 500)))), List.of(wall));
        assertTrue(p.get("a").x() > 980, "pushed towards the edge of the obstacle: " + p.get("a"));
    }
}
