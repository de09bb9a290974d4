package org.xistudy.study.chart;

/** A point in chart coordinates (pixels at zoom 1, y growing downwards). */
public record Point(double x, double y) {
    public double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }

    /** The point a fraction {@code t} of the way to {@code o}. */
    public Point towards(Point o, double t) {
        return new Point(x + (o.x - x) * t, y + (o.y - y) * t);
    }
}
