package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year's chart from a {@link Backbone}: keeps the backbone's layers and order, takes out what
 * is absent that year, lets the slots drift toward each other to close the gaps
 * ({@link CoordinateAssignment#placeYear}), closes up the layers with nothing in them, and routes
 * the year's edges ({@link EdgeRouter}).
 */
final class YearLayout {
    private YearLayout() {
    }

    /**
     * The layout of the given nodes and edges (a subset of the backbone's), or null when two nodes
     * that take turns in one slot are both asked for. Unknown ids are ignored; an edge is drawn
     * only when both its ends are present.
     */
    static ChartLayout layout(Backbone bb, int year, Set<String> nodeIds, Set<String> edgeIds) {
        List<Slot> slots = bb.slots();
        Map<String, Integer> nodeIndex = bb.nodeIndex();
        boolean[] shownNode = new boolean[bb.nodes().size()];
        boolean[] present = new boolean[slots.size()];
        String[] occupant = new String[slots.size()];
        for (String id : nodeIds) {
            Integer i = nodeIndex.get(id);
            if (i != null) {
                shownNode[i] = true;
                int slot = bb.slotOf(i);
                if (present[slot]) {
                    return null;
                }
                present[slot] = true;
                occupant[slot] = id;
            }
        }
        Set<Integer> shownEdges = new TreeSet<>();
        for (String id : edgeIds) {
            Integer e = bb.edgeIndex().get(id);
            if (e == null) {
                continue;
            }
            LayeredEdge info = bb.layered().get(e);
            if (!info.valid()) {
                continue;
            }
            LayeredLayout.Edge edge = bb.edges().get(e);
            if (!shownNode[nodeIndex.get(edge.from())] || !shownNode[nodeIndex.get(edge.to())]) {
                continue;
            }
            shownEdges.add(e);
            for (int d : info.dummies()) {
                present[d] = true;
            }
        }
        List<List<Integer>> ord = new ArrayList<>();
        for (List<Integer> layer : bb.order()) {
            List<Integer> l = new ArrayList<>();
            for (int v : layer) {
                if (present[v]) {
                    l.add(v);
                }
            }
            ord.add(l);
        }
        double[] x = new CoordinateAssignment(slots, bb.settings()).placeYear(ord,
                LayeredEdge.segments(bb.layered(), shownEdges), bb.unionX(), present);

        // Vertical: layers with nothing in them close up.
        int layerCount = bb.layerCount();
        double[] top = new double[layerCount];
        double[] height = new double[layerCount];
        List<ChartLayout.Band> bands = new ArrayList<>();
        double cursor = 0;
        for (int l = 0; l < layerCount; l++) {
            boolean any = false;
            boolean real = false;
            for (int v : ord.get(l)) {
                any = true;
                real |= !slots.get(v).dummy();
            }
            top[l] = cursor;
            if (any) {
                height[l] = real ? bb.heightOf(l) : 0;
                bands.add(new ChartLayout.Band(l, cursor, height[l]));
                cursor += height[l] + bb.settings().layerGap();
            }
        }

        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        for (int l = 0; l < layerCount; l++) {
            for (int v : ord.get(l)) {
                if (!slots.get(v).dummy()) {
                    LayeredLayout.Node node = bb.nodes().get(nodeIndex.get(occupant[v]));
                    double w = node.size().width();
                    double h = node.size().height();
                    boxes.put(node.id(), new NodeBox(node.id(), x[v] - w / 2, top[l] + (bb.heightOf(l) - h) / 2, w, h,
                            l));
                }
            }
        }
        Map<String, EdgeRoute> routes = new EdgeRouter(bb).route(shownEdges, ord, x, top, height, boxes);

        Bounds b = null;
        for (NodeBox box : boxes.values()) {
            Bounds nb = new Bounds(box.x(), box.y(), box.maxX(), box.maxY());
            b = b == null ? nb : b.union(nb);
        }
        for (EdgeRoute r : routes.values()) {
            for (Point p : r.points()) {
                Bounds pb = new Bounds(p.x(), p.y(), p.x(), p.y());
                b = b == null ? pb : b.union(pb);
            }
        }
        return new ChartLayout(year, boxes, routes, bands, b == null ? Bounds.EMPTY : b);
    }
}
