package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.RelationType;

/** Who chaired and headed a body over time, and the dated relations of a node, in time order. */
public final class Tenures {

    /** One dated relation seen from a node: {@code outgoing} when the node is its {@code from}. */
    public record Entry(ChartEdge edge, String other, boolean outgoing) {
        public PartialDate start() {
            return edge.start();
        }

        public PartialDate end() {
            return edge.end();
        }

        public RelationType type() {
            return edge.type();
        }
    }

    private static final Comparator<Entry> IN_TIME = Comparator
            .comparing((Entry e) -> e.start() == null ? null : e.start().firstDay(),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> e.type().ordinal());

    private Tenures() {
    }

    /** The people who chaired or headed the body, earliest first. */
    public static List<Entry> holdersOf(InstitutionGraph graph, String bodyId) {
        List<Entry> out = new ArrayList<>();
        for (ChartEdge e : graph.edges()) {
            if ((e.type() == RelationType.CHAIRS || e.type() == RelationType.HEADS) && e.to().equals(bodyId)
                    && graph.node(e.from()).map(ChartNode::isPerson).orElse(false)) {
                out.add(new Entry(e, e.from(), false));
            }
        }
        out.sort(IN_TIME);
        return out;
    }

    /** Every relation of a node except the holders of a body, earliest first. */
    public static List<Entry> relationsOf(InstitutionGraph graph, String id) {
        List<Entry> holders = holdersOf(graph, id);
        List<Entry> out = new ArrayList<>();
        for (ChartEdge e : graph.edges()) {
            if (e.touches(id) && !e.from().equals(e.to())
                    && holders.stream().noneMatch(h -> h.edge().id().equals(e.id()))) {
                out.add(new Entry(e, e.other(id), e.from().equals(id)));
            }
        }
        out.sort(IN_TIME);
        return out;
    }
}
