package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The positions of one year's chart: a box per node, a route per edge, and the horizontal bands of
 * the layers (for the background).
 */
public record ChartLayout(int year, Map<String, NodeBox> nodes, Map<String, EdgeRoute> edges, List<Band> bands,
        Bounds bounds) {

    /** A layer's horizontal band; its height is 0 when only edges pass through the layer that year. */
    public record Band(int layer, double y, double height) {
    }

    public static final ChartLayout EMPTY = new ChartLayout(0, Map.of(), Map.of(), List.of(), Bounds.EMPTY);

    public ChartLayout {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = Collections.unmodifiableMap(new LinkedHashMap<>(edges));
        bands = List.copyOf(bands);
    }

    public Optional<NodeBox> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The nodes in reading order: by layer, then left to right. */
    public List<NodeBox> readingOrder() {
        List<NodeBox> out = new ArrayList<>(nodes.values());
        out.sort((a, b) -> a.layer() != b.layer() ? Integer.compare(a.layer(), b.layer())
                : Double.compare(a.x(), b.x()));
        return out;
    }
}
