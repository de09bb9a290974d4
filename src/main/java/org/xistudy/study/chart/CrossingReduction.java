package org.xistudy.study.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fourth layout phase: the left-to-right order of the slots in each layer. A depth-first walk
 * from the top gives a first order; barycenter sweeps down and up keep the order with the fewest
 * crossings; then swapping neighbours while that helps finishes it. Crossings between adjacent
 * layers count once each, a same-layer edge counts {@value #SAME_LAYER_WEIGHT} for each slot
 * between its ends.
 */
final class CrossingReduction {
    private static final int ORDER_SWEEPS = 24;
    /** What each node between the ends of a same-layer edge costs, in crossings. */
    static final int SAME_LAYER_WEIGHT = 6;

    private final List<Slot> slots;
    private final List<LayeredEdge> infos;
    private final int layerCount;
    private List<List<Integer>> order;

    private CrossingReduction(List<Slot> slots, List<LayeredEdge> edges, int layerCount) {
        this.slots = slots;
        this.infos = edges;
        this.layerCount = layerCount;
    }

    /** The order of the slots in each layer, top layer first. */
    static List<List<Integer>> order(List<Slot> slots, List<LayeredEdge> edges, int layerCount) {
        CrossingReduction r = new CrossingReduction(slots, edges, layerCount);
        r.order = r.initialOrder();
        r.reduceCrossings();
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> layer : r.order) {
            out.add(List.copyOf(layer));
        }
        return List.copyOf(out);
    }

    /** What an order costs: crossings between adjacent layers, and slots between same-layer edges' ends. */
    static long cost(List<Slot> slots, List<LayeredEdge> edges, List<List<Integer>> order) {
        return new CrossingReduction(slots, edges, order.size()).cost(order, LayeredEdge.segments(edges, null));
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
        for (LayeredEdge info : infos) {
            if (info.sideways()) {
                side.get(info.upper()).add(info.lower());
                side.get(info.lower()).add(info.upper());
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
        for (int[] s : LayeredEdge.segments(infos, null)) {
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
        List<int[]> segs = LayeredEdge.segments(infos, null);
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
        for (LayeredEdge info : infos) {
            if (info.sideways()) {
                total += SAME_LAYER_WEIGHT * (Math.abs(pos[info.upper()] - pos[info.lower()]) - 1);
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
                    Collections.swap(layer, i, i + 1);
                    long c = cost(order, segs);
                    if (c < current) {
                        current = c;
                        improved = true;
                    } else {
                        Collections.swap(layer, i, i + 1);
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
}
