package org.xistudy.study.chart;

/** The measured size of a node, in chart pixels. */
public record Size(double width, double height) {
    public Size {
        if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("a node size must be positive and finite: " + width + "x" + height);
        }
    }
}
