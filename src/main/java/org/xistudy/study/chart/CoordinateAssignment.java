package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The fifth layout phase: an x position for the centre of every slot. Each layer in turn is placed
 * where its slots are closest, in least squares, to their neighbours in the layers above and below
 * (and, for one year, to their places in the backbone), keeping the layer's order and gaps; sweeps
 * down and up repeat that. Long edges pull harder than short ones, so they run straight.
 */
final class CoordinateAssignment {
    private static final int PLACEMENT_SWEEPS = 60;
    private static final int YEAR_SWEEPS = 24;
    private static final double ANCHOR_WEIGHT = 1.0;

    private final List<Slot> slots;
    private final LayoutSettings settings;

    CoordinateAssignment(List<Slot> slots, LayoutSettings settings) {
        this.slots = slots;
        this.settings = settings;
    }

    private double separation(int a, int b) {
        Slot sa = slots.get(a);
        Slot sb = slots.get(b);
        double gap = sa.dummy() || sb.dummy() ? settings.edgeGap() : settings.nodeGap();
        return (sa.width() + sb.width()) / 2 + gap;
    }

    private static double segmentWeight(Slot a, Slot b) {
        if (a.dummy() && b.dummy()) {
            return 8;
        }
        return a.dummy() || b.dummy() ? 2 : 1;
    }

    /** Quadratic placement: each slot is pulled to its neighbours, layers keep their order and gaps. */
    double[] placeUnion(List<List<Integer>> order, List<int[]> segments) {
        int layerCount = order.size();
        double[] x = new double[slots.size()];
        for (List<Integer> layer : order) {
            double cursor = 0;
            for (int i = 0; i < layer.size(); i++) {
                x[layer.get(i)] = i == 0 ? 0 : cursor + separation(layer.get(i - 1), layer.get(i));
                cursor = x[layer.get(i)];
            }
            double shift = cursor / 2;
            for (int v : layer) {
                x[v] -= shift;
            }
        }
        List<List<double[]>> nb = weightedNeighbours(segments);
        for (int it = 0; it < PLACEMENT_SWEEPS; it++) {
            for (int l = 0; l < layerCount; l++) {
                placeLayer(order.get(l), x, nb, null, null);
            }
            for (int l = layerCount - 1; l >= 0; l--) {
                placeLayer(order.get(l), x, nb, null, null);
            }
        }
        double min = Double.POSITIVE_INFINITY;
        for (int v = 0; v < slots.size(); v++) {
            min = Math.min(min, x[v] - slots.get(v).width() / 2);
        }
        if (Double.isFinite(min)) {
            for (int v = 0; v < x.length; v++) {
                x[v] -= min;
            }
        }
        return x;
    }

    /**
     * One year's placement of the slots that are {@code present} in the layers' order {@code ord}:
     * starting from and held near {@code anchor} (the backbone's places), each slot within
     * {@link LayoutSettings#maxDrift()} of its anchor, pulled only by the present neighbours of
     * the year's {@code segments}.
     */
    double[] placeYear(List<List<Integer>> ord, List<int[]> segments, double[] anchor, boolean[] present) {
        double[] x = anchor.clone();
        List<List<double[]>> nb = weightedNeighbours(segments);
        int layerCount = ord.size();
        for (int it = 0; it < YEAR_SWEEPS; it++) {
            for (int l = 0; l < layerCount; l++) {
                placeLayer(ord.get(l), x, nb, anchor, present);
            }
            for (int l = layerCount - 1; l >= 0; l--) {
                placeLayer(ord.get(l), x, nb, anchor, present);
            }
        }
        return x;
    }

    private List<List<double[]>> weightedNeighbours(List<int[]> segs) {
        List<List<double[]>> nb = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            nb.add(new ArrayList<>());
        }
        for (int[] s : segs) {
            double w = segmentWeight(slots.get(s[0]), slots.get(s[1]));
            nb.get(s[0]).add(new double[] {s[1], w});
            nb.get(s[1]).add(new double[] {s[0], w});
        }
        return nb;
    }

    /**
     * Places one layer: targets are the weighted means of the neighbours (and the anchor, when
     * given); the exact least-squares positions that keep order and gaps come from pool-adjacent-
     * violators; then each slot is clamped to within the drift of its anchor.
     */
    private void placeLayer(List<Integer> layer, double[] x, List<List<double[]>> nb, double[] anchor,
            boolean[] present) {
        int m = layer.size();
        if (m == 0) {
            return;
        }
        double[] z = new double[m];
        double[] c = new double[m];
        double[] off = new double[m];
        for (int i = 0; i < m; i++) {
            int v = layer.get(i);
            off[i] = i == 0 ? 0 : off[i - 1] + separation(layer.get(i - 1), v);
            double sw = 0;
            double sx = 0;
            for (double[] e : nb.get(v)) {
                int w = (int) e[0];
                if (present == null || present[w]) {
                    sw += e[1];
                    sx += e[1] * x[w];
                }
            }
            if (anchor != null) {
                sw += ANCHOR_WEIGHT;
                sx += ANCHOR_WEIGHT * anchor[v];
            }
            double t = sw > 0 ? sx / sw : x[v];
            c[i] = sw > 0 ? sw : 0.01;
            z[i] = t - off[i];
        }
        double[] y = isotonic(z, c);
        for (int i = 0; i < m; i++) {
            int v = layer.get(i);
            double nx = y[i] + off[i];
            if (anchor != null) {
                // Clamping every slot to [anchor - d, anchor + d] keeps the gaps: in the shifted
                // coordinates both the solution and the anchors are non-decreasing, and so is
                // their clamp.
                nx = Math.max(anchor[v] - settings.maxDrift(), Math.min(anchor[v] + settings.maxDrift(), nx));
            }
            x[v] = nx;
        }
    }

    /** Weighted least-squares non-decreasing fit (pool adjacent violators). */
    static double[] isotonic(double[] z, double[] w) {
        int m = z.length;
        double[] value = new double[m];
        double[] weight = new double[m];
        int[] size = new int[m];
        int blocks = 0;
        for (int i = 0; i < m; i++) {
            value[blocks] = z[i];
            weight[blocks] = w[i];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && value[blocks - 2] > value[blocks - 1]) {
                double tw = weight[blocks - 2] + weight[blocks - 1];
                value[blocks - 2] = (value[blocks - 2] * weight[blocks - 2] + value[blocks - 1] * weight[blocks - 1])
                        / tw;
                weight[blocks - 2] = tw;
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[m];
        int k = 0;
        for (int b = 0; b < blocks; b++) {
            for (int j = 0; j < size[b]; j++) {
                out[k++] = value[b];
            }
        }
        return out;
    }
}
