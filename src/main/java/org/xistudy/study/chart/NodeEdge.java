package org.xistudy.study.chart;

import java.util.Map;
import org.xistudy.content.model.RelationType.Rank;

/**
 * An edge of the layout between node indices, as the layering phases see it: which end sits
 * higher, and whether cycle breaking turned it upside down. Ends are -1 when the edge names a node
 * the layout does not know.
 *
 * @param valid both ends are known nodes
 * @param loop both ends are the same node
 * @param rank which end sits higher; {@link Rank#NONE} edges do not constrain the layers
 * @param flipped cycle breaking turned this hierarchical edge upside down
 * @param from the node index of the edge's {@code from} end
 * @param to the node index of the edge's {@code to} end
 * @param upper the end that sits higher (for a soft edge, until it is oriented: {@code from})
 * @param lower the other end
 */
record NodeEdge(boolean valid, boolean loop, Rank rank, boolean flipped, int from, int to, int upper, int lower) {

    /** The edge between the nodes of {@code nodeIndex}, its upper end the one its rank puts higher. */
    static NodeEdge of(LayeredLayout.Edge e, Map<String, Integer> nodeIndex) {
        Integer f = nodeIndex.get(e.from());
        Integer t = nodeIndex.get(e.to());
        if (f == null || t == null) {
            return new NodeEdge(false, false, e.rank(), false, -1, -1, -1, -1);
        }
        boolean fromAbove = e.rank() != Rank.TO_ABOVE;
        return new NodeEdge(true, f.equals(t), e.rank(), false, f, t, fromAbove ? f : t, fromAbove ? t : f);
    }

    /** A valid edge between two nodes that puts one above the other. */
    boolean hierarchical() {
        return valid && !loop && rank != Rank.NONE;
    }

    /** A valid edge between two nodes that only pulls them together. */
    boolean soft() {
        return valid && !loop && rank == Rank.NONE;
    }

    /** The same edge upside down, marked as flipped. */
    NodeEdge reversed() {
        return new NodeEdge(valid, loop, rank, true, from, to, lower, upper);
    }
}
