package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places edge labels so they overlap neither nodes nor each other where possible. Each label has
 * places to try, best first (the layout's label anchors); around each it also tries a step up,
 * a step down and half a width to each side. A label that fits nowhere takes the place where it
 * overlaps least.
 */
public final class LabelPlacement {

    /** A label to place: its size and the centre points to try, best first. */
    public record Request(String id, double width, double height, List<Point> anchors) {
        public Request {
            anchors = List.copyOf(anchors);
        }
    }

    private LabelPlacement() {
    }

    /** The top-left corner of each label, in the order given. */
    public static Map<String, Point> place(List<Request> requests, List<Bounds> obstacles) {
        Map<String, Point> out = new LinkedHashMap<>();
        List<Bounds> placed = new ArrayList<>();
        for (Request r : requests) {
            Bounds best = null;
            double bestOverlap = Double.POSITIVE_INFINITY;
            search:
            for (Point a : r.anchors()) {
                double[][] offsets = {{0, 0}, {0, -1.15}, {0, 1.15}, {-0.55, 0}, {0.55, 0}, {0, -2.3}, {0, 2.3}};
                for (double[] o : offsets) {
                    double x = a.x() - r.width() / 2 + o[0] * r.width();
                    double y = a.y() - r.height() / 2 + o[1] * r.height();
                    Bounds b = new Bounds(x, y, x + r.width(), y + r.height());
                    double overlap = overlap(b, obstacles) + overlap(b, placed);
                    if (overlap < bestOverlap - 1e-9) {
                        best = b;
                        bestOverlap = overlap;
                    }
                    if (overlap <= 0) {
                        break search;
                    }
                }
            }
            if (best == null) {
                continue;
            }
            placed.add(best);
            out.put(r.id(), new Point(best.minX(), best.minY()));
        }
        return out;
    }

    private static double overlap(Bounds b, List<Bounds> others) {
        double sum = 0;
        for (Bounds o : others) {
            double w = Math.min(b.maxX(), o.maxX()) - Math.max(b.minX(), o.minX());
            double h = Math.min(b.maxY(), o.maxY()) - Math.max(b.minY(), o.minY());
            if (w > 0 && h > 0) {
                sum += w * h;
            }
        }
        return sum;
    }
}
