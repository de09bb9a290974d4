package org.xistudy.study.chart;

/** An axis-aligned rectangle in chart coordinates. */
public record Bounds(double minX, double minY, double maxX, double maxY) {
    public static final Bounds EMPTY = new Bounds(0, 0, 0, 0);

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public Bounds union(Bounds o) {
        if (o == null) {
            return this;
        }
        return new Bounds(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX),
                Math.max(maxY, o.maxY));
    }

    public Bounds grow(double dx, double dy) {
        return new Bounds(minX - dx, minY - dy, maxX + dx, maxY + dy);
    }
}
