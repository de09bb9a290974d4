package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xistudy.content.model.RelationType.Rank;

/** Small graphs for the tests of the single layout phases: nodes by id, edges as "from>to". */
final class PhaseFixtures {
    private PhaseFixtures() {
    }

    /** Nodes of the given ids, 100 by 40, shown in any year. */
    static List<LayeredLayout.Node> nodes(String... ids) {
        List<LayeredLayout.Node> out = new ArrayList<>();
        for (String id : ids) {
            out.add(new LayeredLayout.Node(id, new Size(100, 40)));
        }
        return out;
    }

    /** A hierarchical edge, {@code from} above {@code to}, named "from>to". */
    static LayeredLayout.Edge down(String from, String to) {
        return new LayeredLayout.Edge(from + ">" + to, from, to, Rank.FROM_ABOVE);
    }

    /** A soft edge, named "from~to". */
    static LayeredLayout.Edge soft(String from, String to) {
        return new LayeredLayout.Edge(from + "~" + to, from, to, Rank.NONE);
    }

    static Map<String, Integer> index(List<LayeredLayout.Node> nodes) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            m.put(nodes.get(i).id(), i);
        }
        return m;
    }

    /** The edges between node indices, before cycle breaking. */
    static List<NodeEdge> ends(List<LayeredLayout.Node> nodes, List<LayeredLayout.Edge> edges) {
        Map<String, Integer> index = index(nodes);
        List<NodeEdge> out = new ArrayList<>();
        for (LayeredLayout.Edge e : edges) {
            out.add(NodeEdge.of(e, index));
        }
        return out;
    }

    static double[] widths(List<LayeredLayout.Node> nodes) {
        double[] w = new double[nodes.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = nodes.get(i).size().width();
        }
        return w;
    }

    /** The layers of the nodes after cycle breaking and layer assignment. */
    static int[] layers(List<LayeredLayout.Node> nodes, List<NodeEdge> acyclic) {
        return LayerAssignment.assign(acyclic, widths(nodes), LayoutSettings.DEFAULT.nodeGap()).layers();
    }
}
