package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable result of the backbone phases, for the union of all nodes and edges of every
 * year: the layers ({@link LayerAssignment}), the slots and the edges between them
 * ({@link SlotAssignment}), the order within each layer ({@link CrossingReduction}) and the x of
 * every slot ({@link CoordinateAssignment}). {@link YearLayout} and {@link EdgeRouter} draw a year
 * from it.
 *
 * @param nodes the nodes, each id once, in the order first given
 * @param edges the edges, each id once, in the order first given
 * @param nodeIndex the index of each node id in {@code nodes}
 * @param edgeIndex the index of each edge id in {@code edges}
 * @param nodeLayer the layer of each node
 * @param slots the places of the layout: first one per group of nodes, then the dummies
 * @param nodeSlot the slot of each node
 * @param layered each edge between slots, by edge index
 * @param order the slots of each layer, left to right
 * @param unionX the x of each slot's centre
 * @param layerHeight the height of each layer: that of its highest slot
 */
record Backbone(LayoutSettings settings, List<LayeredLayout.Node> nodes, List<LayeredLayout.Edge> edges,
        Map<String, Integer> nodeIndex, Map<String, Integer> edgeIndex, int[] nodeLayer, int layerCount,
        List<Slot> slots, int[] nodeSlot, List<LayeredEdge> layered, List<List<Integer>> order, double[] unionX,
        double[] layerHeight) {

    Backbone {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        nodeIndex = Map.copyOf(nodeIndex);
        edgeIndex = Map.copyOf(edgeIndex);
        nodeLayer = nodeLayer.clone();
        slots = List.copyOf(slots);
        nodeSlot = nodeSlot.clone();
        layered = List.copyOf(layered);
        List<List<Integer>> o = new ArrayList<>();
        for (List<Integer> l : order) {
            o.add(List.copyOf(l));
        }
        order = List.copyOf(o);
        unionX = unionX.clone();
        layerHeight = layerHeight.clone();
    }

    /** Runs the backbone phases for the nodes and edges; later duplicates of an id are left out. */
    static Backbone build(List<LayeredLayout.Node> allNodes, List<LayeredLayout.Edge> allEdges,
            LayoutSettings settings) {
        Map<String, Integer> nodeIndex = new HashMap<>();
        List<LayeredLayout.Node> nodes = new ArrayList<>();
        for (LayeredLayout.Node n : allNodes) {
            if (!nodeIndex.containsKey(n.id())) {
                nodeIndex.put(n.id(), nodes.size());
                nodes.add(n);
            }
        }
        Map<String, Integer> edgeIndex = new HashMap<>();
        List<LayeredLayout.Edge> edges = new ArrayList<>();
        for (LayeredLayout.Edge e : allEdges) {
            if (!edgeIndex.containsKey(e.id())) {
                edgeIndex.put(e.id(), edges.size());
                edges.add(e);
            }
        }
        List<NodeEdge> ends = new ArrayList<>();
        for (LayeredLayout.Edge e : edges) {
            ends.add(NodeEdge.of(e, nodeIndex));
        }
        ends = CycleBreaker.breakCycles(nodes.size(), ends);
        double[] widths = new double[nodes.size()];
        for (int v = 0; v < widths.length; v++) {
            widths[v] = nodes.get(v).size().width();
        }
        LayerAssignment.Layering layering = LayerAssignment.assign(ends, widths, settings.nodeGap());
        int[] layer = layering.layers();
        int layerCount = layering.count();
        SlotAssignment.Result slotting = SlotAssignment.assign(nodes, edges, ends, layer, settings.dummyWidth());
        List<Slot> slots = slotting.slots();
        List<LayeredEdge> layered = slotting.edges();
        List<List<Integer>> order = CrossingReduction.order(slots, layered, layerCount);
        double[] unionX = new CoordinateAssignment(slots, settings).placeUnion(order,
                LayeredEdge.segments(layered, null));
        double[] layerHeight = new double[layerCount];
        for (Slot s : slots) {
            if (!s.dummy()) {
                layerHeight[s.layer()] = Math.max(layerHeight[s.layer()], s.height());
            }
        }
        return new Backbone(settings, nodes, edges, nodeIndex, edgeIndex, layer, layerCount, slots,
                slotting.nodeSlot(), layered, order, unionX, layerHeight);
    }

    @Override
    public int[] nodeLayer() {
        return nodeLayer.clone();
    }

    @Override
    public int[] nodeSlot() {
        return nodeSlot.clone();
    }

    @Override
    public double[] unionX() {
        return unionX.clone();
    }

    @Override
    public double[] layerHeight() {
        return layerHeight.clone();
    }

    /** The layer of node {@code v}. */
    int layerOf(int v) {
        return nodeLayer[v];
    }

    /** The slot of node {@code v}. */
    int slotOf(int v) {
        return nodeSlot[v];
    }

    /** The height of layer {@code l}. */
    double heightOf(int l) {
        return layerHeight[l];
    }
}
