package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The bodies, people and relations of the chart as they stood in one year. */
public final class YearGraph {
    private final int year;
    private final Map<String, ChartNode> nodes = new LinkedHashMap<>();
    private final List<ChartEdge> edges;

    YearGraph(int year, List<ChartNode> nodes, List<ChartEdge> edges) {
        this.year = year;
        for (ChartNode n : nodes) {
            this.nodes.put(n.id(), n);
        }
        this.edges = List.copyOf(edges);
    }

    public int year() {
        return year;
    }

    public List<ChartNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<ChartEdge> edges() {
        return edges;
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    public Optional<ChartNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Set<String> nodeIds() {
        return Set.copyOf(nodes.keySet());
    }

    public Set<String> edgeIds() {
        return edges.stream().map(ChartEdge::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The edges at either end of a node, in pack order. */
    public List<ChartEdge> edgesOf(String id) {
        List<ChartEdge> out = new ArrayList<>();
        for (ChartEdge e : edges) {
            if (e.touches(id)) {
                out.add(e);
            }
        }
        return out;
    }
}
