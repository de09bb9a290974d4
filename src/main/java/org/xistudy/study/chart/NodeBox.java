package org.xistudy.study.chart;

/** Where a node sits: its top-left corner, its size and its layer (0 at the top). */
public record NodeBox(String id, double x, double y, double width, double height, int layer) {
    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    /** Whether the two boxes overlap or come closer than {@code gap}. */
    public boolean overlaps(NodeBox o, double gap) {
        return x < o.maxX() + gap && o.x < maxX() + gap && y < o.maxY() + gap && o.y < maxY() + gap;
    }

    /** Whether a point lies strictly inside the box, shrunk by {@code inset} on every side. */
    public boolean containsInside(Point p, double inset) {
        return p.x() > x + inset && p.x() < maxX() - inset && p.y() > y + inset && p.y() < maxY() - inset;
    }
}
