package org.xistudy.study.chart;

/**
 * Spacing of the layered layout, in chart pixels.
 *
 * @param nodeGap the least horizontal gap between two nodes of a layer
 * @param edgeGap the least horizontal gap next to a long edge passing through a layer
 * @param layerGap the vertical gap between layers, where edges bend
 * @param dummyWidth the width a long edge takes up where it passes through a layer
 * @param maxDrift how far a node may leave its place in the all-years backbone to close a gap in
 *     one year; between any two years a node therefore moves at most twice this far sideways
 * @param portSpacing the spacing of edge ends along the side of a node
 */
public record LayoutSettings(double nodeGap, double edgeGap, double layerGap, double dummyWidth, double maxDrift,
        double portSpacing) {

    /** Spacing for nodes measured at the base text size. */
    public static final LayoutSettings DEFAULT = new LayoutSettings(30, 14, 62, 8, 40, 14);

    public LayoutSettings {
        if (nodeGap < 0 || edgeGap < 0 || layerGap <= 0 || dummyWidth <= 0 || maxDrift < 0 || portSpacing < 0) {
            throw new IllegalArgumentException("layout spacing must not be negative");
        }
        // Taking nodes out of a layer must never make the remaining ones too close: a long edge
        // with its two gaps is at least as wide as the gap between two nodes.
        if (dummyWidth + 2 * edgeGap < nodeGap) {
            throw new IllegalArgumentException("dummyWidth + 2 * edgeGap must be at least nodeGap");
        }
    }

    /** The same spacing for text {@code factor} times the base size. */
    public LayoutSettings scaled(double factor) {
        return new LayoutSettings(nodeGap * factor, edgeGap * factor, layerGap * factor, dummyWidth * factor,
                maxDrift * factor, portSpacing * factor);
    }
}
