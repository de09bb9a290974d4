package org.xistudy.study.chart;

import java.util.List;

/**
 * How an edge is drawn, from the relation's {@code from} end to its {@code to} end.
 *
 * @param shape how to read {@code points}
 * @param points for {@link Shape#LAYERED}, the ends and the places where the edge passes through
 *     layers, joined by vertical S-curves; for {@link Shape#SIDE}, the two ends of a straight
 *     line; for {@link Shape#ARC} and {@link Shape#LOOP}, the four control points of one cubic curve
 * @param againstHierarchy true when a cycle in the data forced this hierarchical edge to point
 *     upwards
 * @param labels where a label can sit clear of the nodes: near the {@code from} end, in the
 *     middle, near the {@code to} end (in the gaps between layers for layered routes)
 */
public record EdgeRoute(String id, Shape shape, List<Point> points, boolean againstHierarchy, List<Point> labels) {

    /** The ways an edge can run. */
    public enum Shape {
        /** Between layers, through the layers it crosses. */
        LAYERED,
        /** Straight, between neighbours of one layer. */
        SIDE,
        /** A curve below a layer, between two nodes of that layer that are not neighbours. */
        ARC,
        /** A loop from a node back to itself. */
        LOOP
    }

    public EdgeRoute {
        points = List.copyOf(points);
        labels = labels == null || labels.isEmpty() ? defaultLabels(shape, points) : List.copyOf(labels);
    }

    public EdgeRoute(String id, Shape shape, List<Point> points, boolean againstHierarchy) {
        this(id, shape, points, againstHierarchy, null);
    }

    private static List<Point> defaultLabels(Shape shape, List<Point> points) {
        Point mid = Routes.pointAt(Routes.flatten(new EdgeRoute(null, shape, points, false, List.of(points.get(0))), 8),
                0.5);
        return List.of(mid, mid, mid);
    }

    /** Where a label sits near the {@code from} end. */
    public Point labelNearFrom() {
        return labels.get(0);
    }

    /** Where a label sits halfway. */
    public Point labelMiddle() {
        return labels.get(1);
    }

    /** Where a label sits near the {@code to} end. */
    public Point labelNearTo() {
        return labels.get(2);
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }
}
