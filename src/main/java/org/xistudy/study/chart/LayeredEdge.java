package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An edge of the backbone between slots, once layers and slots are known.
 *
 * @param valid both ends are known nodes
 * @param loop both ends are the same node
 * @param flipped cycle breaking turned this hierarchical edge upside down
 * @param sameLayer a soft edge whose ends lie in one layer
 * @param fromIsUpper the edge's {@code from} end is its upper end
 * @param internal both ends share a slot: they are never shown together, so it is never drawn
 * @param upper the slot of the upper end (-1 for invalid edges and loops)
 * @param lower the slot of the lower end (-1 for invalid edges and loops)
 * @param dummies the dummy slots the edge passes through, top to bottom
 */
record LayeredEdge(boolean valid, boolean loop, boolean flipped, boolean sameLayer, boolean fromIsUpper,
        boolean internal, int upper, int lower, int[] dummies) {

    LayeredEdge {
        dummies = dummies.clone();
    }

    @Override
    public int[] dummies() {
        return dummies.clone();
    }

    /** Whether the edge runs down from layer to layer (not a loop, not within a slot or a layer). */
    boolean layered() {
        return valid && !loop && !internal && !sameLayer;
    }

    /** Whether the edge joins two slots of one layer. */
    boolean sideways() {
        return valid && sameLayer && !internal;
    }

    /** The chain of slots the edge passes through, top to bottom. */
    int[] chain() {
        int[] c = new int[dummies.length + 2];
        c[0] = upper;
        System.arraycopy(dummies, 0, c, 1, dummies.length);
        c[c.length - 1] = lower;
        return c;
    }

    /**
     * The segments between adjacent layers of the layered edges (only those whose index is in
     * {@code filter}, unless it is null), as {upper slot, lower slot, edge index}.
     */
    static List<int[]> segments(List<LayeredEdge> edges, Set<Integer> filter) {
        List<int[]> out = new ArrayList<>();
        for (int e = 0; e < edges.size(); e++) {
            LayeredEdge info = edges.get(e);
            if (!info.layered() || (filter != null && !filter.contains(e))) {
                continue;
            }
            int[] c = info.chain();
            for (int k = 0; k + 1 < c.length; k++) {
                out.add(new int[] {c[k], c[k + 1], e});
            }
        }
        return out;
    }
}
