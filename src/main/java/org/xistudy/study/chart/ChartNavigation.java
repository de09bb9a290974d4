package org.xistudy.study.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keyboard moves on the chart. Up and Down follow an edge to a node in a layer above or below
 * (the nearest layer first, then the nearest sideways); Left and Right follow a same-layer edge,
 * else go to the next node of the layer. Where no edge leads that way, Up and Down go to the
 * nearest node of the next layer, so no node is a dead end. Tab order is reading order.
 */
public final class ChartNavigation {

    /** An arrow key. */
    public enum Direction { UP, DOWN, LEFT, RIGHT }

    private ChartNavigation() {
    }

    /** Where an arrow key leads from {@code from}; empty when nothing lies that way. */
    public static Optional<String> step(ChartLayout layout, YearGraph graph, String from, Direction d) {
        NodeBox here = layout.nodes().get(from);
        if (here == null) {
            return first(layout);
        }
        List<NodeBox> neighbours = graph.edgesOf(from).stream().map(e -> e.other(from)).distinct()
                .filter(id -> !id.equals(from)).map(layout.nodes()::get).filter(b -> b != null).toList();
        Optional<NodeBox> viaEdge = pick(neighbours, here, d);
        if (viaEdge.isPresent()) {
            return viaEdge.map(NodeBox::id);
        }
        List<NodeBox> all = layout.nodes().values().stream().filter(b -> !b.id().equals(from)).toList();
        if (d == Direction.LEFT || d == Direction.RIGHT) {
            return pick(all.stream().filter(b -> b.layer() == here.layer()).toList(), here, d).map(NodeBox::id);
        }
        return pick(all, here, d).map(NodeBox::id);
    }

    private static Optional<NodeBox> pick(List<NodeBox> candidates, NodeBox here, Direction d) {
        Comparator<NodeBox> byDx = Comparator.comparingDouble(b -> Math.abs(b.centerX() - here.centerX()));
        switch (d) {
            case UP:
                return candidates.stream().filter(b -> b.layer() < here.layer())
                        .min(Comparator.comparingInt((NodeBox b) -> here.layer() - b.layer()).thenComparing(byDx)
                                .thenComparing(NodeBox::id));
            case DOWN:
                return candidates.stream().filter(b -> b.layer() > here.layer())
                        .min(Comparator.comparingInt((NodeBox b) -> b.layer() - here.layer()).thenComparing(byDx)
                                .thenComparing(NodeBox::id));
            case LEFT:
                return candidates.stream().filter(b -> b.layer() == here.layer() && b.centerX() < here.centerX())
                        .min(byDx.thenComparing(NodeBox::id));
            default:
                return candidates.stream().filter(b -> b.layer() == here.layer() && b.centerX() > here.centerX())
                        .min(byDx.thenComparing(NodeBox::id));
        }
    }

    /** The first node in reading order. */
    public static Optional<String> first(ChartLayout layout) {
        List<NodeBox> order = layout.readingOrder();
        return order.isEmpty() ? Optional.empty() : Optional.of(order.get(0).id());
    }

    /** The next node in reading order after {@code from} (or before it, {@code backwards}), wrapping round. */
    public static Optional<String> cycle(ChartLayout layout, String from, boolean backwards) {
        List<NodeBox> order = layout.readingOrder();
        if (order.isEmpty()) {
            return Optional.empty();
        }
        int i = -1;
        for (int k = 0; k < order.size(); k++) {
            if (order.get(k).id().equals(from)) {
                i = k;
            }
        }
        int n = order.size();
        int next = i < 0 ? (backwards ? n - 1 : 0) : Math.floorMod(i + (backwards ? -1 : 1), n);
        return Optional.of(order.get(next).id());
    }
}
