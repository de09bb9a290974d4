package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xistudy.study.chart.PhaseFixtures.down;
import static org.xistudy.study.chart.PhaseFixtures.ends;
import static org.xistudy.study.chart.PhaseFixtures.nodes;
import static org.xistudy.study.chart.PhaseFixtures.soft;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleBreakerTest {

    @Test
    void anAcyclicGraphKeepsEveryEdge() {
        var nodes = nodes("a", "b", "c", "d");
        List<NodeEdge> in = ends(nodes, List.of(down("a", "b"), down("a", "c"), down("b", "d"), down("c", "d")));
        assertEquals(in, CycleBreaker.breakCycles(nodes.size(), in));
    }

    @Test
    void aCycleLosesExactlyOneEdgeAndBecomesAcyclic() {
        var nodes = nodes("a", "b", "c", "x");
        List<NodeEdge> in = ends(nodes, List.of(down("x", "a"), down("a", "b"), down("b", "c"), down("c", "a")));
        List<NodeEdge> out = CycleBreaker.breakCycles(nodes.size(), in);
        assertEquals(1, out.stream().filter(NodeEdge::flipped).count(), out.toString());
        assertFalse(out.get(0).flipped(), "the edge into the cycle stays as it is");
        assertTrue(acyclic(nodes.size(), out));
        for (int i = 0; i < in.size(); i++) {
            NodeEdge e = out.get(i);
            // A flipped edge swaps its ends and keeps what it joins.
            assertEquals(in.get(i).from(), e.from());
            assertEquals(e.flipped() ? in.get(i).lower() : in.get(i).upper(), e.upper());
        }
    }

    @Test
    void softEdgesAndLoopsAreNeverFlipped() {
        var nodes = nodes("a", "b");
        List<NodeEdge> in = ends(nodes, List.of(down("a", "b"), soft("b", "a"), down("a", "a")));
        List<NodeEdge> out = CycleBreaker.breakCycles(nodes.size(), in);
        assertTrue(out.stream().noneMatch(NodeEdge::flipped));
        assertTrue(out.get(2).loop());
    }

    @Test
    void edgesToUnknownNodesArePassedThrough() {
        var nodes = nodes("a");
        List<NodeEdge> in = ends(nodes, List.of(down("a", "ghost")));
        List<NodeEdge> out = CycleBreaker.breakCycles(nodes.size(), in);
        assertFalse(out.get(0).valid());
        assertFalse(out.get(0).hierarchical());
    }

    /** Whether the hierarchical edges, upper to lower, have no cycle (Kahn's algorithm). */
    private static boolean acyclic(int n, List<NodeEdge> edges) {
        int[] indeg = new int[n];
        for (NodeEdge e : edges) {
            if (e.hierarchical()) {
                indeg[e.lower()]++;
            }
        }
        List<Integer> ready = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (indeg[v] == 0) {
                ready.add(v);
            }
        }
        int seen = 0;
        while (!ready.isEmpty()) {
            int v = ready.remove(0);
            seen++;
            for (NodeEdge e : edges) {
                if (e.hierarchical() && e.upper() == v && --indeg[e.lower()] == 0) {
                    ready.add(e.lower());
                }
            }
        }
        return seen == n;
    }
}
