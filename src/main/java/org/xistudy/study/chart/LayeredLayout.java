package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xistudy.content.model.RelationType.Rank;

/**
 * A layered (Sugiyama-style) layout with a stable backbone.
 *
 * <p>The backbone ({@link Backbone}) is computed once for the union of all nodes and edges of
 * every year, one phase after another: cycles in the hierarchical edges are broken
 * ({@link CycleBreaker}), nodes get layers, parents above children, with edges kept short
 * ({@link LayerAssignment}), nodes that take turns share slots and long edges get dummy slots in
 * the layers they cross ({@link SlotAssignment}), barycenter sweeps and adjacent swaps reduce
 * crossings ({@link CrossingReduction}), and a quadratic placement gives every slot an x position
 * ({@link CoordinateAssignment}).
 *
 * <p>A year's layout ({@link #layout}, {@link YearLayout}) keeps the backbone's layers and
 * left-to-right order, and lets each node move at most {@link LayoutSettings#maxDrift()} from its
 * backbone position to close gaps left by absent nodes. Layers with nothing in them that year close
 * up, and the edges are routed ({@link EdgeRouter}). So a node present in two years moves sideways
 * by at most twice the drift, and up or down only by the layers that empty or fill between them.
 * Everything is deterministic: the same input gives the same output.
 */
public final class LayeredLayout {

    /**
     * A node to lay out, with its measured size and the years it is shown ({@code null}: it may
     * be shown in any year). Nodes that are never shown in the same year may share a place.
     */
    public record Node(String id, Size size, Set<Integer> years) {
        public Node(String id, Size size) {
            this(id, size, null);
        }

        public Node {
            years = years == null ? null : Set.copyOf(years);
        }
    }

    /**
     * An edge to lay out. {@code rank} says which end sits higher; {@link Rank#NONE} edges do not
     * constrain the layers, but pull their ends together.
     */
    public record Edge(String id, String from, String to, Rank rank) {
    }

    private final Backbone backbone;
    /** The same layout with no shared places, made when two nodes that take turns are both shown. */
    private LayeredLayout ungrouped;

    private LayeredLayout(List<Node> nodes, List<Edge> edges, LayoutSettings settings) {
        this.backbone = Backbone.build(nodes, edges, settings);
    }

    /** Computes the backbone for every node and edge that can ever be shown. */
    public static LayeredLayout of(Collection<Node> nodes, Collection<Edge> edges, LayoutSettings settings) {
        return new LayeredLayout(List.copyOf(nodes), List.copyOf(edges), settings);
    }

    public LayoutSettings settings() {
        return backbone.settings();
    }

    /** The layer of a node (0 at the top), or -1 when the node is unknown. */
    public int layerOf(String nodeId) {
        Integer i = backbone.nodeIndex().get(nodeId);
        return i == null ? -1 : backbone.layerOf(i);
    }

    /** Whether two nodes share a place (they are never shown in the same year). */
    public boolean sharePlace(String a, String b) {
        Integer i = backbone.nodeIndex().get(a);
        Integer j = backbone.nodeIndex().get(b);
        return i != null && j != null && !i.equals(j) && backbone.slotOf(i) == backbone.slotOf(j);
    }

    public int layerCount() {
        return backbone.layerCount();
    }

    /** Whether cycle breaking turned this hierarchical edge upside down. */
    public boolean isFlipped(String edgeId) {
        Integer i = backbone.edgeIndex().get(edgeId);
        return i != null && backbone.layered().get(i).flipped();
    }

    /** The layout of every node and edge together. */
    public ChartLayout layoutAll(int year) {
        Set<String> n = new HashSet<>(backbone.nodeIndex().keySet());
        Set<String> e = new HashSet<>(backbone.edgeIndex().keySet());
        return layout(year, n, e);
    }

    /**
     * The layout of the given nodes and edges (a subset of the backbone's). Unknown ids are
     * ignored; an edge is drawn only when both its ends are present.
     */
    public ChartLayout layout(int year, Set<String> nodeIds, Set<String> edgeIds) {
        ChartLayout c = YearLayout.layout(backbone, year, nodeIds, edgeIds);
        // Two nodes that were to take turns are both asked for: lay out without sharing.
        return c != null ? c : ungrouped().layout(year, nodeIds, edgeIds);
    }

    private LayeredLayout ungrouped() {
        if (ungrouped == null) {
            List<Node> plain = new ArrayList<>();
            for (Node n : backbone.nodes()) {
                plain.add(new Node(n.id(), n.size(), null));
            }
            ungrouped = new LayeredLayout(plain, backbone.edges(), backbone.settings());
        }
        return ungrouped;
    }
}
