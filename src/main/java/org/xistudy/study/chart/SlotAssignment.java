package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The third layout phase: orients the soft edges by the layers, gives every node a slot (nodes
 * that are never shown in the same year may share one) and puts a dummy slot in each layer that a
 * long edge crosses.
 */
final class SlotAssignment {

    /**
     * The slots found: first one per group of real nodes, then the dummies of long edges.
     *
     * @param nodeSlot the slot of each node
     * @param edges each edge between slots, in the order of the layout's edges
     */
    record Result(List<Slot> slots, int[] nodeSlot, List<LayeredEdge> edges) {
        Result {
            slots = List.copyOf(slots);
            nodeSlot = nodeSlot.clone();
            edges = List.copyOf(edges);
        }

        @Override
        public int[] nodeSlot() {
            return nodeSlot.clone();
        }
    }

    /** An edge between node indices, oriented by the layers. */
    private record Oriented(boolean sameLayer, boolean fromIsUpper, int upperNode, int lowerNode) {
    }

    private final List<LayeredLayout.Node> nodes;
    private final int[] layer;

    private SlotAssignment(List<LayeredLayout.Node> nodes, int[] layer) {
        this.nodes = nodes;
        this.layer = layer;
    }

    /**
     * The slots of the nodes in their layers, and the edges between them. {@code ends} are the
     * layout's {@code edges} between node indices, after cycle breaking; long edges get dummies
     * {@code dummyWidth} wide.
     */
    static Result assign(List<LayeredLayout.Node> nodes, List<LayeredLayout.Edge> edges, List<NodeEdge> ends,
            int[] layer, double dummyWidth) {
        SlotAssignment a = new SlotAssignment(nodes, layer);
        List<Oriented> oriented = new ArrayList<>();
        for (NodeEdge e : ends) {
            oriented.add(a.orient(e));
        }
        int[] nodeSlot = new int[nodes.size()];
        List<Slot> slots = a.groups(ends, oriented, nodeSlot);
        List<LayeredEdge> result = new ArrayList<>();
        for (int e = 0; e < ends.size(); e++) {
            NodeEdge end = ends.get(e);
            Oriented o = oriented.get(e);
            if (!end.valid() || end.loop()) {
                result.add(new LayeredEdge(end.valid(), end.loop(), end.flipped(), false, false, false, -1, -1,
                        new int[0]));
                continue;
            }
            int upper = nodeSlot[o.upperNode()];
            int lower = nodeSlot[o.lowerNode()];
            boolean internal = upper == lower;
            int[] dummies = new int[0];
            if (!internal && !o.sameLayer()) {
                int top = slots.get(upper).layer();
                int bottom = slots.get(lower).layer();
                dummies = new int[Math.max(0, bottom - top - 1)];
                for (int k = 0; k < dummies.length; k++) {
                    dummies[k] = slots.size();
                    slots.add(new Slot(edges.get(e).id() + "#" + (k + 1), dummyWidth, 0, true, top + k + 1,
                            List.of()));
                }
            }
            result.add(new LayeredEdge(true, false, end.flipped(), o.sameLayer(), o.fromIsUpper(), internal, upper,
                    lower, dummies));
        }
        return new Result(slots, nodeSlot, result);
    }

    /** Soft edges run from the higher end to the lower one, or lie within a layer. */
    private Oriented orient(NodeEdge e) {
        if (!e.valid() || e.loop()) {
            return new Oriented(false, false, -1, -1);
        }
        int upper = e.upper();
        int lower = e.lower();
        boolean sameLayer = false;
        if (e.soft()) {
            int f = e.from();
            int t = e.to();
            if (layer[f] == layer[t]) {
                sameLayer = true;
                upper = f;
                lower = t;
            } else if (layer[f] < layer[t]) {
                upper = f;
                lower = t;
            } else {
                upper = t;
                lower = f;
            }
        }
        return new Oriented(sameLayer, upper == e.from(), upper, lower);
    }

    /**
     * Gives each node a slot. A node shown only in some years joins a slot of its layer whose
     * nodes are never shown in the same year as it and share a neighbour with it, such as the
     * successive heads of one body; so people who follow each other take turns in two places.
     */
    private List<Slot> groups(List<NodeEdge> ends, List<Oriented> oriented, int[] nodeSlot) {
        int n = nodes.size();
        List<Set<Integer>> neighbours = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            neighbours.add(new HashSet<>());
        }
        for (int e = 0; e < ends.size(); e++) {
            if (ends.get(e).valid() && !ends.get(e).loop()) {
                Oriented o = oriented.get(e);
                neighbours.get(o.upperNode()).add(o.lowerNode());
                neighbours.get(o.lowerNode()).add(o.upperNode());
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int chosen = -1;
            Set<Integer> years = nodes.get(v).years();
            if (years != null) {
                for (int g = 0; g < groups.size() && chosen < 0; g++) {
                    List<Integer> members = groups.get(g);
                    if (layer[members.get(0)] != layer[v]) {
                        continue;
                    }
                    boolean apart = true;
                    boolean shares = false;
                    for (int m : members) {
                        Set<Integer> my = nodes.get(m).years();
                        if (my == null || !Collections.disjoint(my, years) || neighbours.get(m).contains(v)) {
                            apart = false;
                            break;
                        }
                        for (int nb : neighbours.get(m)) {
                            shares |= neighbours.get(v).contains(nb);
                        }
                    }
                    if (apart && shares) {
                        chosen = g;
                    }
                }
            }
            if (chosen < 0) {
                groups.add(new ArrayList<>());
                chosen = groups.size() - 1;
            }
            groups.get(chosen).add(v);
            nodeSlot[v] = chosen;
        }
        List<Slot> slots = new ArrayList<>();
        for (List<Integer> members : groups) {
            double w = 0;
            double h = 0;
            StringBuilder id = new StringBuilder();
            for (int m : members) {
                w = Math.max(w, nodes.get(m).size().width());
                h = Math.max(h, nodes.get(m).size().height());
                id.append(id.length() == 0 ? "" : "|").append(nodes.get(m).id());
            }
            slots.add(new Slot(id.toString(), w, h, false, layer[members.get(0)], members));
        }
        return slots;
    }
}
