package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * The second layout phase: gives every node a layer (0 at the top), parents above children.
 * Longest-path layering comes first; then each node moves, within the layers its parents and
 * children allow, to where its edges are shortest; then alike nodes that could sit in several
 * layers go to the least crowded one; last, empty layers are closed up.
 */
final class LayerAssignment {
    private static final double SOFT_WEIGHT = 1.0;

    /**
     * The layers found.
     *
     * @param layers each node's layer, numbered without gaps from 0
     * @param count how many layers there are (0 when there are no nodes)
     */
    record Layering(int[] layers, int count) {
        Layering {
            layers = layers.clone();
        }

        @Override
        public int[] layers() {
            return layers.clone();
        }
    }

    private final List<NodeEdge> edges;
    private final double[] widths;
    private final double nodeGap;

    private LayerAssignment(List<NodeEdge> edges, double[] widths, double nodeGap) {
        this.edges = edges;
        this.widths = widths;
        this.nodeGap = nodeGap;
    }

    /**
     * The layers of nodes of the given widths, for acyclic hierarchical edges ({@link CycleBreaker}).
     * {@code nodeGap} is the gap each node takes up beside its width when layers are balanced.
     */
    static Layering assign(List<NodeEdge> edges, double[] widths, double nodeGap) {
        LayerAssignment a = new LayerAssignment(edges, widths, nodeGap);
        int[] layer = a.longestPathLayers(widths.length);
        a.refineLayers(layer);
        int count = compactLayers(layer);
        return new Layering(layer, count);
    }

    private int[] longestPathLayers(int n) {
        int[] indeg = new int[n];
        List<List<Integer>> down = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            down.add(new ArrayList<>());
        }
        for (NodeEdge info : edges) {
            if (info.hierarchical()) {
                down.get(info.upper()).add(info.lower());
                indeg[info.lower()]++;
            }
        }
        int[] layer = new int[n];
        PriorityQueue<Integer> ready = new PriorityQueue<>();
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
        for (NodeEdge info : edges) {
            if (info.hierarchical()) {
                children.get(info.upper()).add(info.lower());
                parents.get(info.lower()).add(info.upper());
            } else if (info.soft()) {
                soft.get(info.upper()).add(info.lower());
                soft.get(info.lower()).add(info.upper());
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
            width[layer[v]] += widths[v] + nodeGap;
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
                without[layer[m]] -= widths[m] + nodeGap;
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
                    double own = widths[m] + nodeGap;
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

    /** Renumbers the layers so that none is empty; returns how many there are. */
    private static int compactLayers(int[] layer) {
        TreeSet<Integer> used = new TreeSet<>();
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
        return layer.length == 0 ? 0 : Math.max(1, used.size());
    }
}
