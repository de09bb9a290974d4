package org.xistudy.study.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The first layout phase: makes the hierarchical edges acyclic. Eades, Lin and Smyth's greedy
 * order puts sinks last and sources first, and otherwise the node whose out-degree most exceeds
 * its in-degree; hierarchical edges that point backwards in that order are flipped.
 */
final class CycleBreaker {
    private CycleBreaker() {
    }

    /** The edges with those that close a cycle of hierarchical edges turned upside down. */
    static List<NodeEdge> breakCycles(int n, List<NodeEdge> edges) {
        int[] out = new int[n];
        int[] in = new int[n];
        List<List<Integer>> outEdges = new ArrayList<>();
        List<List<Integer>> inEdges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outEdges.add(new ArrayList<>());
            inEdges.add(new ArrayList<>());
        }
        for (NodeEdge e : edges) {
            if (e.hierarchical()) {
                out[e.upper()]++;
                in[e.lower()]++;
                outEdges.get(e.upper()).add(e.lower());
                inEdges.get(e.lower()).add(e.upper());
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
        List<NodeEdge> result = new ArrayList<>();
        for (NodeEdge e : edges) {
            result.add(e.hierarchical() && pos[e.upper()] > pos[e.lower()] ? e.reversed() : e);
        }
        return List.copyOf(result);
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
}
