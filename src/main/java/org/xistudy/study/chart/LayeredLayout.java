package org.xistudy.study.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xistudy.content.model.RelationType.Rank;

/**
 * A layered (Sugiyama-style) layout with a stable backbone.
 *
 * <p>The backbone is computed once for the union of all nodes and edges of every year: cycles in
 * the hierarchical edges are broken, nodes get layers (parents above children, with edges kept
 * short), long edges get dummy nodes in the layers they cross, barycenter sweeps and adjacent
 * swaps reduce crossings, and a quadratic placement gives every node and dummy an x position.
 *
 * <p>A year's layout ({@link #layout}) keeps the backbone's layers and left-to-right order, and lets
 * each node move at most {@link LayoutSettings#maxDrift()} from its backbone position to close gaps
 * left by absent nodes. Layers with nothing in them that year close up. So a node present in two
 * years moves sideways by at most twice the drift, and up or down only by the layers that empty
 * or fill between them. Everything is deterministic: the same input gives the same output.
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

    private static final int ORDER_SWEEPS = 24;
    private static final int PLACEMENT_SWEEPS = 60;
    private static final int YEAR_SWEEPS = 24;
    private static final double SOFT_WEIGHT = 1.0;
    private static final double ANCHOR_WEIGHT = 1.0;
    /** What each node between the ends of a same-layer edge costs, in crossings. */
    private static final int SAME_LAYER_WEIGHT = 6;

    private final LayoutSettings settings;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final Map<String, Integer> edgeIndex = new HashMap<>();

    /**
     * Slots are the places of the layout: first one per group of real nodes (nodes never shown
     * in the same year may share one), then the dummies of long edges.
     */
    private final List<Slot> slots = new ArrayList<>();
    private int[] nodeSlot;
    private int[] nodeLayer;
    private LayeredLayout ungrouped;
    private final List<EdgeInfo> infos = new ArrayList<>();
    private int layerCount;
    private List<List<Integer>> order;
    private double[] unionX;
    private double[] layerHeight;

    private record Slot(String id, double width, double height, boolean dummy, int layer, List<Integer> members) {
    }

    /** What the backbone knows about one edge. */
    private static final class EdgeInfo {
        /** Node indices while layering, slot indices from {@link #assignSlots} on. */
        int upper = -1;
        int lower = -1;
        int upperNode = -1;
        int lowerNode = -1;
        /** Both ends share a slot: never shown together, so never drawn. */
        boolean internal;
        boolean flipped;
        boolean loop;
        boolean sameLayer;
        boolean fromIsUpper;
        boolean valid;
        int[] dummies = new int[0];
    }

    private LayeredLayout(List<Node> nodes, List<Edge> edges, LayoutSettings settings) {
        this.settings = settings;
        List<Node> uniqueNodes = new ArrayList<>();
        for (Node n : nodes) {
            if (!nodeIndex.containsKey(n.id())) {
                nodeIndex.put(n.id(), uniqueNodes.size());
                uniqueNodes.add(n);
            }
        }
        this.nodes = List.copyOf(uniqueNodes);
        List<Edge> uniqueEdges = new ArrayList<>();
        for (Edge e : edges) {
            if (!edgeIndex.containsKey(e.id())) {
                edgeIndex.put(e.id(), uniqueEdges.size());
                uniqueEdges.add(e);
            }
        }
        this.edges = List.copyOf(uniqueEdges);
        build();
    }

    /** Computes the backbone for every node and edge that can ever be shown. */
    public static LayeredLayout of(Collection<Node> nodes, Collection<Edge> edges, LayoutSettings settings) {
        return new LayeredLayout(List.copyOf(nodes), List.copyOf(edges), settings);
    }

    public LayoutSettings settings() {
        return settings;
    }

    /** The layer of a node (0 at the top), or -1 when the node is unknown. */
    public int layerOf(String nodeId) {
        Integer i = nodeIndex.get(nodeId);
        return i == null ? -1 : nodeLayer[i];
    }

    /** Whether two nodes share a place (they are never shown in the same year). */
    public boolean sharePlace(String a, String b) {
        Integer i = nodeIndex.get(a);
        Integer j = nodeIndex.get(b);
        return i != null && j != null && !i.equals(j) && nodeSlot[i] == nodeSlot[j];
    }

    public int layerCount() {
        return layerCount;
    }

    /** Whether cycle breaking turned this hierarchical edge upside down. */
    public boolean isFlipped(String edgeId) {
        Integer i = edgeIndex.get(edgeId);
        return i != null && infos.get(i).flipped;
    }

    /** The layout of every node and edge together. */
    public ChartLayout layoutAll(int year) {
        Set<String> n = new HashSet<>(nodeIndex.keySet());
        Set<String> e = new HashSet<>(edgeIndex.keySet());
        return layout(year, n, e);
    }

    // ------------------------------------------------------------------------------------------
    // backbone

    private void build() {
        int n = nodes.size();
        for (Edge e : edges) {
            EdgeInfo info = new EdgeInfo();
            Integer f = nodeIndex.get(e.from());
            Integer t = nodeIndex.get(e.to());
            info.valid = f != null && t != null;
            if (info.valid) {
                info.loop = f.equals(t);
                boolean fromAbove = e.rank() != Rank.TO_ABOVE;
                info.upper = fromAbove ? f : t;
                info.lower = fromAbove ? t : f;
            }
            infos.add(info);
        }
        breakCycles(n);
        int[] layer = longestPathLayers(n);
        refineLayers(layer);
        compactLayers(layer);
        nodeLayer = layer;
        orientSoftEdges(layer);
        assignSlots(layer);
        addDummies();
        order = initialOrder();
        reduceCrossings();
        unionX = placeUnion();
        layerHeight = new double[layerCount];
        for (Slot s : slots) {
            if (!s.dummy()) {
                layerHeight[s.layer()] = Math.max(layerHeight[s.layer()], s.height());
            }
        }
    }

    private boolean isHierarchical(int e) {
        EdgeInfo info = infos.get(e);
        return info.valid && !info.loop && edges.get(e).rank() != Rank.NONE;
    }

    private boolean isSoft(int e) {
        EdgeInfo info = infos.get(e);
        return info.valid && !info.loop && edges.get(e).rank() == Rank.NONE;
    }

    /** Eades, Lin and Smyth's greedy order; hierarchical edges pointing backwards in it are flipped. */
    private void breakCycles(int n) {
        int[] out = new int[n];
        int[] in = new int[n];
        List<List<Integer>> outEdges = new ArrayList<>();
        List<List<Integer>> inEdges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outEdges.add(new ArrayList<>());
            inEdges.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            if (isHierarchical(e)) {
                EdgeInfo info = infos.get(e);
                out[info.upper]++;
                in[info.lower]++;
                outEdges.get(info.upper).add(info.lower);
                inEdges.get(info.lower).add(info.upper);
            }
        }
        boolean[] removed = new boolean[n];
        List<Integer> left = new ArrayList<>();
        Deque<Integer> right = new ArrayDeque<>();
        int remaining = n;
        while (remaining > 0) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int v = 0; v < n; v++) {
                    if (!removed[v] && out[v] == 0) {
                        right.addFirst(v);
                        remaining -= remove(v, removed, out, in, outEdges, inEdges);
                        changed = true;
                    }
                }
                for (int v = 0; v < n; v++) {
                    if (!removed[v] && in[v] == 0) {
                        left.add(v);
                        remaining -= remove(v, removed, out, in, outEdges, inEdges);
                        changed = true;
                    }
                }
            }
            if (remaining > 0) {
                int best = -1;
                for (int v = 0; v < n; v++) {
                    if (!removed[v] && (best < 0 || out[v] - in[v] > out[best] - in[best])) {
                        best = v;
                    }
                }
                left.add(best);
                remaining -= remove(best, removed, out, in, outEdges, inEdges);
            }
        }
        int[] pos = new int[n];
        int p = 0;
        for (int v : left) {
            pos[v] = p++;
        }
        for (int v : right) {
            pos[v] = p++;
        }
        for (int e = 0; e < edges.size(); e++) {
            if (isHierarchical(e)) {
                EdgeInfo info = infos.get(e);
                if (pos[info.upper] > pos[info.lower]) {
                    int t = info.upper;
                    info.upper = info.lower;
                    info.lower = t;
                    info.flipped = true;
                }
            }
        }
    }

    private static int remove(int v, boolean[] removed, int[] out, int[] in, List<List<Integer>> outEdges,
            List<List<Integer>> inEdges) {
        removed[v] = true;
        for (int w : outEdges.get(v)) {
            in[w]--;
        }
        for (int w : inEdges.get(v)) {
            out[w]--;
        }
        return 1;
    }

    private int[] longestPathLayers(int n) {
        int[] indeg = new int[n];
        List<List<Integer>> down = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            down.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            if (isHierarchical(e)) {
                EdgeInfo info = infos.get(e);
                down.get(info.upper).add(info.lower);
                indeg[info.lower]++;
            }
        }
        int[] layer = new int[n];
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        for (int v = 0; v < n; v++) {
            if (indeg[v] == 0) {
                ready.add(v);
            }
        }
        while (!ready.isEmpty()) {
            int v = ready.poll();
            for (int w : down.get(v)) {
                layer[w] = Math.max(layer[w], layer[v] + 1);
                if (--indeg[w] == 0) {
                    ready.add(w);
                }
            }
        }
        return layer;
    }

    /**
     * Moves each node, within the layers its parents and children allow, to where its edges are
     * shortest; soft edges count half. Each move strictly shortens the edges, so it ends.
     * Nodes with no edges at all go to the bottom layer.
     */
    private void refineLayers(int[] layer) {
        int n = layer.length;
        List<List<Integer>> parents = new ArrayList<>();
        List<List<Integer>> children = new ArrayList<>();
        List<List<Integer>> soft = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parents.add(new ArrayList<>());
            children.add(new ArrayList<>());
            soft.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            EdgeInfo info = infos.get(e);
            if (isHierarchical(e)) {
                children.get(info.upper).add(info.lower);
                parents.get(info.lower).add(info.upper);
            } else if (isSoft(e)) {
                soft.get(info.upper).add(info.lower);
                soft.get(info.lower).add(info.upper);
            }
        }
        int max = 0;
        for (int l : layer) {
            max = Math.max(max, l);
        }
        for (int round = 0; round < 200; round++) {
            boolean changed = false;
            for (int v = 0; v < n; v++) {
                if (parents.get(v).isEmpty() && children.get(v).isEmpty() && soft.get(v).isEmpty()) {
                    continue;
                }
                int lo = 0;
                for (int p : parents.get(v)) {
                    lo = Math.max(lo, layer[p] + 1);
                }
                int hi = max;
                for (int c : children.get(v)) {
                    hi = Math.min(hi, layer[c] - 1);
                }
                int best = layer[v];
                double bestCost = layerCost(v, best, layer, parents, children, soft);
                for (int l = lo; l <= hi; l++) {
                    double c = layerCost(v, l, layer, parents, children, soft);
                    if (c < bestCost - 1e-9) {
                        best = l;
                        bestCost = c;
                    }
                }
                if (best != layer[v]) {
                    layer[v] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        for (int v = 0; v < n; v++) {
            if (parents.get(v).isEmpty() && children.get(v).isEmpty() && soft.get(v).isEmpty()) {
                layer[v] = max;
            }
        }
        balance(layer, parents, children, soft, max);
    }

    /**
     * Gansner's balancing: a node whose edges are as short in several layers goes to the one
     * with the least width already in it, so crowded layers thin out. Nodes with the same
     * parents, children and soft neighbours move together, so that alike bodies (such as the
     * departments under one committee) stay side by side.
     */
    private void balance(int[] layer, List<List<Integer>> parents, List<List<Integer>> children,
            List<List<Integer>> soft, int max) {
        double[] width = new double[max + 1];
        for (int v = 0; v < layer.length; v++) {
            width[layer[v]] += nodes.get(v).size().width() + settings.nodeGap();
        }
        Map<String, List<Integer>> classes = new LinkedHashMap<>();
        for (int v = 0; v < layer.length; v++) {
            if (parents.get(v).isEmpty() && children.get(v).isEmpty() && soft.get(v).isEmpty()) {
                continue;
            }
            String key = sorted(parents.get(v)) + "/" + sorted(children.get(v)) + "/" + sorted(soft.get(v));
            classes.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        for (List<Integer> members : classes.values()) {
            // Alike nodes have the same cost in every layer, so they can share the best one.
            int v = members.get(0);
            int lo = 0;
            for (int p : parents.get(v)) {
                lo = Math.max(lo, layer[p] + 1);
            }
            int hi = max;
            for (int c : children.get(v)) {
                hi = Math.min(hi, layer[c] - 1);
            }
            if (lo > hi) {
                continue;
            }
            double[] without = width.clone();
            for (int m : members) {
                without[layer[m]] -= nodes.get(m).size().width() + settings.nodeGap();
            }
            double least = Double.POSITIVE_INFINITY;
            for (int l = lo; l <= hi; l++) {
                least = Math.min(least, layerCost(v, l, layer, parents, children, soft));
            }
            // Among the cheapest layers: the one with least width; on a tie, where most members are.
            int best = -1;
            for (int l = lo; l <= hi; l++) {
                if (layerCost(v, l, layer, parents, children, soft) > least + 1e-9) {
                    continue;
                }
                if (best < 0 || without[l] < without[best] - 1e-9
                        || (Math.abs(without[l] - without[best]) <= 1e-9 && count(members, layer, l) > count(members, layer, best))) {
                    best = l;
                }
            }
            for (int m : members) {
                if (layer[m] != best) {
                    double own = nodes.get(m).size().width() + settings.nodeGap();
                    width[layer[m]] -= own;
                    width[best] += own;
                    layer[m] = best;
                }
            }
        }
    }

    private static int count(List<Integer> members, int[] layer, int l) {
        int n = 0;
        for (int m : members) {
            if (layer[m] == l) {
                n++;
            }
        }
        return n;
    }

    private static List<Integer> sorted(List<Integer> list) {
        List<Integer> c = new ArrayList<>(list);
        c.sort(null);
        return c;
    }

    private static double layerCost(int v, int l, int[] layer, List<List<Integer>> parents,
            List<List<Integer>> children, List<List<Integer>> soft) {
        double c = 0;
        for (int p : parents.get(v)) {
            c += l - layer[p];
        }
        for (int ch : children.get(v)) {
            c += layer[ch] - l;
        }
        for (int s : soft.get(v)) {
            c += SOFT_WEIGHT * Math.abs(l - layer[s]);
        }
        return c;
    }

    /** Renumbers the layers so that none is empty. */
    private void compactLayers(int[] layer) {
        java.util.TreeSet<Integer> used = new java.util.TreeSet<>();
        for (int l : layer) {
            used.add(l);
        }
        Map<Integer, Integer> renumber = new HashMap<>();
        for (int l : used) {
            renumber.put(l, renumber.size());
        }
        for (int i = 0; i < layer.length; i++) {
            layer[i] = renumber.get(layer[i]);
        }
        layerCount = Math.max(1, used.size());
        if (layer.length == 0) {
            layerCount = 0;
        }
    }

    /** Soft edges run from the higher end to the lower one, or lie within a layer. */
    private void orientSoftEdges(int[] layer) {
        for (int e = 0; e < edges.size(); e++) {
            EdgeInfo info = infos.get(e);
            if (!info.valid || info.loop) {
                continue;
            }
            int f = nodeIndex.get(edges.get(e).from());
            if (isSoft(e)) {
                int t = nodeIndex.get(edges.get(e).to());
                if (layer[f] == layer[t]) {
                    info.sameLayer = true;
                    info.upper = f;
                    info.lower = t;
                } else if (layer[f] < layer[t]) {
                    info.upper = f;
                    info.lower = t;
                } else {
                    info.upper = t;
                    info.lower = f;
                }
            }
            info.fromIsUpper = info.upper == f;
            info.upperNode = info.upper;
            info.lowerNode = info.lower;
        }
    }

    /**
     * Gives each node a slot. A node shown only in some years joins a slot of its layer whose
     * nodes are never shown in the same year as it and share a neighbour with it, such as the
     * successive heads of one body; so people who follow each other take turns in two places.
     */
    private void assignSlots(int[] layer) {
        int n = nodes.size();
        nodeSlot = new int[n];
        List<Set<Integer>> neighbours = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            neighbours.add(new HashSet<>());
        }
        for (EdgeInfo info : infos) {
            if (info.valid && !info.loop) {
                neighbours.get(info.upperNode).add(info.lowerNode);
                neighbours.get(info.lowerNode).add(info.upperNode);
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
                        if (my == null || !java.util.Collections.disjoint(my, years) || neighbours.get(m).contains(v)) {
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
        for (List<Integer> members : groups) {
            double w = 0;
            double h = 0;
            StringBuilder id = new StringBuilder();
            for (int m : members) {
                w = Math.max(w, nodes.get(m).size().width());
                h = Math.max(h, nodes.get(m).size().height());
                id.append(id.length() == 0 ? "" : "|").append(nodes.get(m).id());
            }
            slots.add(new Slot(id.toString(), w, h, false, layer[members.get(0)], List.copyOf(members)));
        }
        for (EdgeInfo info : infos) {
            if (info.valid && !info.loop) {
                info.upper = nodeSlot[info.upperNode];
                info.lower = nodeSlot[info.lowerNode];
                info.internal = info.upper == info.lower;
            }
        }
    }

    private void addDummies() {
        for (int e = 0; e < edges.size(); e++) {
            EdgeInfo info = infos.get(e);
            if (!info.valid || info.loop || info.internal || info.sameLayer) {
                continue;
            }
            int a = slots.get(info.upper).layer();
            int b = slots.get(info.lower).layer();
            info.dummies = new int[Math.max(0, b - a - 1)];
            for (int k = 0; k < info.dummies.length; k++) {
                info.dummies[k] = slots.size();
                slots.add(new Slot(edges.get(e).id() + "#" + (k + 1), settings.dummyWidth(), 0, true, a + k + 1,
                        List.of()));
            }
        }
    }

    /** The chain of slots an edge passes through, top to bottom. */
    private int[] chain(EdgeInfo info) {
        int[] c = new int[info.dummies.length + 2];
        c[0] = info.upper;
        System.arraycopy(info.dummies, 0, c, 1, info.dummies.length);
        c[c.length - 1] = info.lower;
        return c;
    }

    private List<int[]> segments(Set<Integer> edgeFilter) {
        List<int[]> out = new ArrayList<>();
        for (int e = 0; e < edges.size(); e++) {
            EdgeInfo info = infos.get(e);
            if (!info.valid || info.loop || info.internal || info.sameLayer
                    || (edgeFilter != null && !edgeFilter.contains(e))) {
                continue;
            }
            int[] c = chain(info);
            for (int k = 0; k + 1 < c.length; k++) {
                out.add(new int[] {c[k], c[k + 1], e});
            }
        }
        return out;
    }

    private List<List<Integer>> initialOrder() {
        List<List<Integer>> layers = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            layers.add(new ArrayList<>());
        }
        List<List<Integer>> below = adjacency(true);
        List<List<Integer>> side = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            side.add(new ArrayList<>());
        }
        for (EdgeInfo info : infos) {
            if (info.valid && info.sameLayer && !info.internal) {
                side.get(info.upper).add(info.lower);
                side.get(info.lower).add(info.upper);
            }
        }
        boolean[] seen = new boolean[slots.size()];
        int realSlots = 0;
        while (realSlots < slots.size() && !slots.get(realSlots).dummy()) {
            realSlots++;
        }
        Integer[] starts = new Integer[realSlots];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i;
        }
        Arrays.sort(starts, Comparator.comparingInt((Integer i) -> slots.get(i).layer()).thenComparingInt(i -> i));
        for (int s : starts) {
            if (!seen[s]) {
                Deque<Integer> stack = new ArrayDeque<>();
                stack.push(s);
                while (!stack.isEmpty()) {
                    int v = stack.pop();
                    if (seen[v]) {
                        continue;
                    }
                    seen[v] = true;
                    layers.get(slots.get(v).layer()).add(v);
                    List<Integer> next = new ArrayList<>(side.get(v));
                    next.addAll(below.get(v));
                    for (int k = next.size() - 1; k >= 0; k--) {
                        if (!seen[next.get(k)]) {
                            stack.push(next.get(k));
                        }
                    }
                }
            }
        }
        for (int v = 0; v < slots.size(); v++) {
            if (!seen[v]) {
                layers.get(slots.get(v).layer()).add(v);
            }
        }
        return layers;
    }

    /** For every slot, its neighbours in the layer below ({@code down}) or above. */
    private List<List<Integer>> adjacency(boolean down) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            adj.add(new ArrayList<>());
        }
        for (int[] s : segments(null)) {
            if (down) {
                adj.get(s[0]).add(s[1]);
            } else {
                adj.get(s[1]).add(s[0]);
            }
        }
        return adj;
    }

    private void reduceCrossings() {
        List<List<Integer>> up = adjacency(false);
        List<List<Integer>> down = adjacency(true);
        List<int[]> segs = segments(null);
        List<List<Integer>> best = copy(order);
        long bestCost = cost(order, segs);
        int sinceBest = 0;
        for (int it = 0; it < ORDER_SWEEPS && bestCost > 0 && sinceBest < 6; it++) {
            for (int l = 1; l < layerCount; l++) {
                sortByBarycenter(l, up);
            }
            for (int l = layerCount - 2; l >= 0; l--) {
                sortByBarycenter(l, down);
            }
            long c = cost(order, segs);
            if (c < bestCost) {
                bestCost = c;
                best = copy(order);
                sinceBest = 0;
            } else {
                sinceBest++;
            }
        }
        order = best;
        transpose(segs);
    }

    private void sortByBarycenter(int l, List<List<Integer>> neighbours) {
        List<Integer> layer = order.get(l);
        int[] pos = positions();
        Map<Integer, Double> key = new HashMap<>();
        for (int i = 0; i < layer.size(); i++) {
            int v = layer.get(i);
            List<Integer> nb = neighbours.get(v);
            if (nb.isEmpty()) {
                key.put(v, (i + 0.5) / layer.size());
            } else {
                double sum = 0;
                for (int w : nb) {
                    sum += (pos[w] + 0.5) / order.get(slots.get(w).layer()).size();
                }
                key.put(v, sum / nb.size());
            }
        }
        List<Integer> sorted = new ArrayList<>(layer);
        sorted.sort(Comparator.comparingDouble(key::get)); // stable: ties keep their order
        order.set(l, sorted);
    }

    private int[] positions() {
        int[] pos = new int[slots.size()];
        for (List<Integer> layer : order) {
            for (int i = 0; i < layer.size(); i++) {
                pos[layer.get(i)] = i;
            }
        }
        return pos;
    }

    /** Crossings between adjacent layers, plus for each same-layer edge the nodes between its ends. */
    private long cost(List<List<Integer>> ord, List<int[]> segs) {
        int[] pos = new int[slots.size()];
        for (List<Integer> layer : ord) {
            for (int i = 0; i < layer.size(); i++) {
                pos[layer.get(i)] = i;
            }
        }
        long total = 0;
        Map<Integer, List<int[]>> byLayer = new HashMap<>();
        for (int[] s : segs) {
            byLayer.computeIfAbsent(slots.get(s[0]).layer(), k -> new ArrayList<>()).add(s);
        }
        for (List<int[]> list : byLayer.values()) {
            total += crossings(list, pos);
        }
        for (EdgeInfo info : infos) {
            if (info.valid && info.sameLayer && !info.internal) {
                total += SAME_LAYER_WEIGHT * (Math.abs(pos[info.upper] - pos[info.lower]) - 1);
            }
        }
        return total;
    }

    private static long crossings(List<int[]> segs, int[] pos) {
        long c = 0;
        for (int i = 0; i < segs.size(); i++) {
            int[] a = segs.get(i);
            for (int j = i + 1; j < segs.size(); j++) {
                int[] b = segs.get(j);
                long d = (long) (pos[a[0]] - pos[b[0]]) * (pos[a[1]] - pos[b[1]]);
                if (d < 0) {
                    c++;
                }
            }
        }
        return c;
    }

    /** Swaps neighbours in a layer while that lowers the cost. */
    private void transpose(List<int[]> segs) {
        long current = cost(order, segs);
        for (int pass = 0; pass < 40 && current > 0; pass++) {
            boolean improved = false;
            for (int l = 0; l < layerCount; l++) {
                List<Integer> layer = order.get(l);
                for (int i = 0; i + 1 < layer.size(); i++) {
                    java.util.Collections.swap(layer, i, i + 1);
                    long c = cost(order, segs);
                    if (c < current) {
                        current = c;
                        improved = true;
                    } else {
                        java.util.Collections.swap(layer, i, i + 1);
                    }
                }
            }
            if (!improved) {
                break;
            }
        }
    }

    private static List<List<Integer>> copy(List<List<Integer>> ord) {
        List<List<Integer>> c = new ArrayList<>();
        for (List<Integer> l : ord) {
            c.add(new ArrayList<>(l));
        }
        return c;
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
    private double[] placeUnion() {
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
        List<List<double[]>> nb = weightedNeighbours(segments(null));
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

    // ------------------------------------------------------------------------------------------
    // one year

    /**
     * The layout of the given nodes and edges (a subset of the backbone's). Unknown ids are
     * ignored; an edge is drawn only when both its ends are present.
     */
    public ChartLayout layout(int year, Set<String> nodeIds, Set<String> edgeIds) {
        boolean[] shownNode = new boolean[nodes.size()];
        boolean[] present = new boolean[slots.size()];
        String[] occupant = new String[slots.size()];
        for (String id : nodeIds) {
            Integer i = nodeIndex.get(id);
            if (i != null) {
                shownNode[i] = true;
                int slot = nodeSlot[i];
                if (present[slot]) {
                    // Two nodes that were to take turns are both asked for: lay out without sharing.
                    return ungrouped().layout(year, nodeIds, edgeIds);
                }
                present[slot] = true;
                occupant[slot] = id;
            }
        }
        Set<Integer> shownEdges = new java.util.TreeSet<>();
        for (String id : edgeIds) {
            Integer e = edgeIndex.get(id);
            if (e == null) {
                continue;
            }
            EdgeInfo info = infos.get(e);
            if (!info.valid) {
                continue;
            }
            Edge edge = edges.get(e);
            if (!shownNode[nodeIndex.get(edge.from())] || !shownNode[nodeIndex.get(edge.to())]) {
                continue;
            }
            shownEdges.add(e);
            for (int d : info.dummies) {
                present[d] = true;
            }
        }
        List<List<Integer>> ord = new ArrayList<>();
        for (List<Integer> layer : order) {
            List<Integer> l = new ArrayList<>();
            for (int v : layer) {
                if (present[v]) {
                    l.add(v);
                }
            }
            ord.add(l);
        }
        double[] x = unionX.clone();
        List<List<double[]>> nb = weightedNeighbours(segments(shownEdges));
        for (int it = 0; it < YEAR_SWEEPS; it++) {
            for (int l = 0; l < layerCount; l++) {
                placeLayer(ord.get(l), x, nb, unionX, present);
            }
            for (int l = layerCount - 1; l >= 0; l--) {
                placeLayer(ord.get(l), x, nb, unionX, present);
            }
        }

        // Vertical: layers with nothing in them close up.
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
                height[l] = real ? layerHeight[l] : 0;
                bands.add(new ChartLayout.Band(l, cursor, height[l]));
                cursor += height[l] + settings.layerGap();
            }
        }

        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        for (int l = 0; l < layerCount; l++) {
            for (int v : ord.get(l)) {
                if (!slots.get(v).dummy()) {
                    Node node = nodes.get(nodeIndex.get(occupant[v]));
                    double w = node.size().width();
                    double h = node.size().height();
                    boxes.put(node.id(), new NodeBox(node.id(), x[v] - w / 2, top[l] + (layerHeight[l] - h) / 2, w, h, l));
                }
            }
        }
        Map<String, EdgeRoute> routes = route(shownEdges, ord, x, top, height, boxes);

        Bounds b = null;
        for (NodeBox box : boxes.values()) {
            Bounds nb2 = new Bounds(box.x(), box.y(), box.maxX(), box.maxY());
            b = b == null ? nb2 : b.union(nb2);
        }
        for (EdgeRoute r : routes.values()) {
            for (Point p : r.points()) {
                Bounds pb = new Bounds(p.x(), p.y(), p.x(), p.y());
                b = b == null ? pb : b.union(pb);
            }
        }
        return new ChartLayout(year, boxes, routes, bands, b == null ? Bounds.EMPTY : b);
    }

    private LayeredLayout ungrouped() {
        if (ungrouped == null) {
            List<Node> plain = new ArrayList<>();
            for (Node n : nodes) {
                plain.add(new Node(n.id(), n.size(), null));
            }
            ungrouped = new LayeredLayout(plain, edges, settings);
        }
        return ungrouped;
    }

    private Map<String, EdgeRoute> route(Set<Integer> shown, List<List<Integer>> ord, double[] x, double[] top,
            double[] height, Map<String, NodeBox> boxes) {
        // Ports: the edges leaving a node's bottom (or entering its top) are spread along that
        // side in the order of where they go, so parallel and fanning edges do not overlap.
        Map<Integer, List<long[]>> bottom = new HashMap<>();
        Map<Integer, List<long[]>> topSide = new HashMap<>();
        for (int e : shown) {
            EdgeInfo info = infos.get(e);
            if (info.loop || info.sameLayer || info.internal) {
                continue;
            }
            int[] c = chain(info);
            bottom.computeIfAbsent(info.upper, k -> new ArrayList<>()).add(new long[] {e, Double.doubleToLongBits(x[c[1]])});
            topSide.computeIfAbsent(info.lower, k -> new ArrayList<>())
                    .add(new long[] {e, Double.doubleToLongBits(x[c[c.length - 2]])});
        }
        Map<Integer, Double> bottomPort = ports(bottom, x, boxes);
        Map<Integer, Double> topPort = ports(topSide, x, boxes);

        int[] pos = new int[slots.size()];
        for (List<Integer> layer : ord) {
            for (int i = 0; i < layer.size(); i++) {
                pos[layer.get(i)] = i;
            }
        }
        Map<String, EdgeRoute> out = new LinkedHashMap<>();
        Map<Integer, Integer> arcsPerLayer = new HashMap<>();
        for (int e : shown) {
            EdgeInfo info = infos.get(e);
            Edge edge = edges.get(e);
            NodeBox from = boxes.get(edge.from());
            NodeBox to = boxes.get(edge.to());
            if (info.loop || info.internal) {
                double r = Math.min(from.height() / 2, 24);
                out.put(edge.id(), new EdgeRoute(edge.id(), EdgeRoute.Shape.LOOP, List.of(
                        new Point(from.maxX(), from.centerY() - r / 2), new Point(from.maxX() + 2.2 * r, from.centerY() - 1.6 * r),
                        new Point(from.maxX() + 2.2 * r, from.centerY() + 1.6 * r), new Point(from.maxX(), from.centerY() + r / 2)),
                        false));
                continue;
            }
            if (info.sameLayer) {
                NodeBox a = from.x() <= to.x() ? from : to;
                NodeBox b = a == from ? to : from;
                int pa = pos[nodeSlot[nodeIndex.get(a.id())]];
                int pb = pos[nodeSlot[nodeIndex.get(b.id())]];
                List<Point> pts;
                EdgeRoute.Shape shape;
                if (Math.abs(pa - pb) == 1) {
                    shape = EdgeRoute.Shape.SIDE;
                    pts = List.of(new Point(a.maxX(), a.centerY()), new Point(b.x(), b.centerY()));
                } else {
                    shape = EdgeRoute.Shape.ARC;
                    int l = a.layer();
                    int k = arcsPerLayer.merge(l, 1, Integer::sum) - 1;
                    double depth = top[l] + height[l] + settings.layerGap() * (0.45 + 0.18 * (k % 3));
                    double ax = a.centerX() + a.width() * 0.2;
                    double bx = b.centerX() - b.width() * 0.2;
                    pts = List.of(new Point(ax, a.maxY()), new Point(ax, depth), new Point(bx, depth),
                            new Point(bx, b.maxY()));
                }
                if (a != from) {
                    pts = reversed(pts);
                }
                List<Point> labels = null;
                if (shape == EdgeRoute.Shape.SIDE) {
                    Point above = new Point((a.maxX() + b.x()) / 2, Math.min(a.y(), b.y()) - settings.layerGap() * 0.3);
                    labels = List.of(above, above, above);
                }
                out.put(edge.id(), new EdgeRoute(edge.id(), shape, pts, false, labels));
                continue;
            }
            NodeBox upper = info.fromIsUpper ? from : to;
            NodeBox lower = info.fromIsUpper ? to : from;
            List<Point> pts = new ArrayList<>();
            pts.add(new Point(bottomPort.get(e), upper.maxY()));
            List<Integer> exits = new ArrayList<>();
            exits.add(0);
            for (int d : info.dummies) {
                int l = slots.get(d).layer();
                pts.add(new Point(x[d], top[l]));
                if (height[l] > 0) {
                    pts.add(new Point(x[d], top[l] + height[l]));
                }
                exits.add(pts.size() - 1);
            }
            pts.add(new Point(topPort.get(e), lower.y()));
            // Labels go halfway across a gap between layers, where no node is: the first gap, the
            // middle one and the last one.
            List<Point> gaps = new ArrayList<>();
            for (int at : exits) {
                gaps.add(pts.get(at).towards(pts.get(at + 1), 0.5));
            }
            List<Point> labels = List.of(gaps.get(0), gaps.get(gaps.size() / 2), gaps.get(gaps.size() - 1));
            if (!info.fromIsUpper) {
                pts = reversed(pts);
                labels = List.of(labels.get(2), labels.get(1), labels.get(0));
            }
            out.put(edge.id(), new EdgeRoute(edge.id(), EdgeRoute.Shape.LAYERED, pts, info.flipped, labels));
        }
        return out;
    }

    private Map<Integer, Double> ports(Map<Integer, List<long[]>> sides, double[] x, Map<String, NodeBox> boxes) {
        Map<Integer, Double> port = new HashMap<>();
        for (Map.Entry<Integer, List<long[]>> side : sides.entrySet()) {
            NodeBox s = null;
            for (int m : slots.get(side.getKey()).members()) {
                s = s == null ? boxes.get(nodes.get(m).id()) : s;
            }
            List<long[]> list = side.getValue();
            list.sort(Comparator.comparingDouble((long[] a) -> Double.longBitsToDouble(a[1])).thenComparingLong(a -> a[0]));
            int k = list.size();
            double spacing = k <= 1 ? 0 : Math.min(settings.portSpacing(), s.width() * 0.7 / (k - 1));
            double cx = x[side.getKey()];
            for (int i = 0; i < k; i++) {
                port.put((int) list.get(i)[0], cx + (i - (k - 1) / 2.0) * spacing);
            }
        }
        return port;
    }

    private static List<Point> reversed(List<Point> pts) {
        List<Point> r = new ArrayList<>(pts);
        java.util.Collections.reverse(r);
        return r;
    }
}
