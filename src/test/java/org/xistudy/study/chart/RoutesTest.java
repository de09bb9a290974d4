package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutesTest {
    @Test
    void aLayeredRouteFlattensToAnSCurveThroughItsPoints() {
        EdgeRoute r = new EdgeRoute("e", EdgeRoute.Shape.LAYERED,
                List.of(new Point(0, 0), new Point(100, 50), new Point(100, 90), new Point(40, 140)), false);
        List<Point> poly = Routes.flatten(r, 8);
        assertEquals(new Point(0, 0), poly.get(0));
        assertEquals(new Point(40, 140), poly.get(poly.size() - 1));
        assertTrue(poly.contains(new Point(100, 50)) && poly.contains(new Point(100, 90)));
        // 8 points per curve, the vertical run as one point.
        assertEquals(1 + 8 + 1 + 8, poly.size());
        for (int i = 0; i + 1 < poly.size(); i++) {
            assertTrue(poly.get(i + 1).y() >= poly.get(i).y(), "an S-curve never turns back up");
        }
    }

    @Test
    void resamplingSpacesPointsEvenly() {
        List<Point> line = List.of(new Point(0, 0), new Point(10, 0), new Point(10, 30));
        List<Point> r = Routes.resample(line, 5);
        assertEquals(List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10), new Point(10, 20),
                new Point(10, 30)), r);
        assertEquals(40, Routes.length(line), 1e-9);
        assertEquals(new Point(5, 0), Routes.pointAt(line, 0.125));
    }

    @Test
    void blendingMovesBetweenTwoRoutes() {
        List<Point> a = List.of(new Point(0, 0), new Point(0, 10));
        List<Point> b = List.of(new Point(20, 0), new Point(20, 30));
        assertEquals(List.of(new Point(10, 0), new Point(10, 20)), Routes.blend(a, b, 0.5));
        assertEquals(a, Routes.blend(a, b, 0));
        assertThrows(IllegalArgumentException.class, () -> Routes.blend(a, List.of(new Point(0, 0)), 0.5));
    }

    @Test
    void theEndAngleFollowsTheLastPiece() {
        assertEquals(Math.PI / 2, Routes.endAngle(List.of(new Point(0, 0), new Point(0, 10))), 1e-9);
        assertEquals(0, Routes.endAngle(List.of(new Point(0, 0), new Point(10, 0), new Point(10, 0))), 1e-9);
    }
}
