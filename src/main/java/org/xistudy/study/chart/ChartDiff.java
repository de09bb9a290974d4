package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.xistudy.content.model.RelationType;

/**
 * What changed on the chart from one year to another: bodies set up or gone, a new person in a
 * chair or at the head of a body, and relations that began or ended between bodies that exist in
 * both years. Relations that only come and go with a body are left out: the body says it.
 */
public record ChartDiff(int fromYear, int toYear, List<Change> changes) {

    /** The kinds of change, in the order a summary lists them. */
    public enum Kind {
        /** A body was set up; {@code other} is the body it was upgraded from, if any. */
        BODY_ADDED,
        /** A body is gone; {@code other} is the body upgraded from it, if any. */
        BODY_REMOVED,
        /** The chair or head of a body changed; {@code people} held it before, {@code newPeople} after. */
        HOLDER_CHANGED,
        /** A relation began between nodes present in both years. */
        RELATION_ADDED,
        /** A relation ended between nodes present in both years. */
        RELATION_ENDED
    }

    /**
     * One change. {@code id} is the body, or the relation for relation changes; {@code type} is
     * the relation type for holder and relation changes.
     */
    public record Change(Kind kind, String id, String other, RelationType type, List<String> people,
            List<String> newPeople) {
        public Change {
            people = List.copyOf(people);
            newPeople = List.copyOf(newPeople);
        }

        /** For a holder change, the people who hold it now and did not before. */
        public List<String> arriving() {
            return newPeople.stream().filter(p -> !people.contains(p)).toList();
        }

        /** For a holder change, the people who held it before and no longer do. */
        public List<String> leaving() {
            return people.stream().filter(p -> !newPeople.contains(p)).toList();
        }
    }

    public ChartDiff {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes from {@code before} to {@code after}. */
    public static ChartDiff between(InstitutionGraph graph, YearGraph before, YearGraph after) {
        List<Change> out = new ArrayList<>();
        for (ChartNode n : after.nodes()) {
            if (!n.isPerson() && !before.contains(n.id())) {
                out.add(new Change(Kind.BODY_ADDED, n.id(), linked(after, n.id(), true), null, List.of(), List.of()));
            }
        }
        for (ChartNode n : before.nodes()) {
            if (!n.isPerson() && !after.contains(n.id())) {
                String successor = linked(before, n.id(), false);
                if (successor == null) {
                    successor = successorInGraph(graph, n.id());
                }
                out.add(new Change(Kind.BODY_REMOVED, n.id(), successor, null, List.of(), List.of()));
            }
        }
        for (ChartNode n : after.nodes()) {
            if (n.isPerson()) {
                continue;
            }
            for (RelationType t : List.of(RelationType.CHAIRS, RelationType.HEADS)) {
                List<String> now = holders(after, n.id(), t);
                if (!before.contains(n.id())) {
                    continue;
                }
                List<String> then = holders(before, n.id(), t);
                if (!new LinkedHashSet<>(now).equals(new LinkedHashSet<>(then))) {
                    out.add(new Change(Kind.HOLDER_CHANGED, n.id(), null, t, then, now));
                }
            }
        }
        Set<String> beforeEdges = before.edgeIds();
        Set<String> afterEdges = after.edgeIds();
        for (ChartEdge e : after.edges()) {
            if (!beforeEdges.contains(e.id()) && !isHolder(e) && bothIn(before, e) && !isUpgrade(e)) {
                out.add(new Change(Kind.RELATION_ADDED, e.id(), null, e.type(), List.of(), List.of()));
            }
        }
        for (ChartEdge e : before.edges()) {
            if (!afterEdges.contains(e.id()) && !isHolder(e) && bothIn(after, e) && !isUpgrade(e)) {
                out.add(new Change(Kind.RELATION_ENDED, e.id(), null, e.type(), List.of(), List.of()));
            }
        }
        return new ChartDiff(before.year(), after.year(), out);
    }

    /** The people who chair or head a body in a year, in pack order. */
    public static List<String> holders(YearGraph g, String bodyId, RelationType type) {
        List<String> out = new ArrayList<>();
        for (ChartEdge e : g.edges()) {
            if (e.type() == type && e.to().equals(bodyId) && g.node(e.from()).map(ChartNode::isPerson).orElse(false)) {
                out.add(e.from());
            }
        }
        return out;
    }

    private static boolean isHolder(ChartEdge e) {
        return e.type() == RelationType.CHAIRS || e.type() == RelationType.HEADS;
    }

    private static boolean isUpgrade(ChartEdge e) {
        return e.type() == RelationType.UPGRADED_FROM;
    }

    private static boolean bothIn(YearGraph g, ChartEdge e) {
        return g.contains(e.from()) && g.contains(e.to());
    }

    /** The body {@code id} was upgraded from ({@code predecessor}), or the body upgraded from it. */
    private static String linked(YearGraph g, String id, boolean predecessor) {
        for (ChartEdge e : g.edges()) {
            if (e.type() == RelationType.UPGRADED_FROM) {
                if (predecessor && e.from().equals(id)) {
                    return e.to();
                }
                if (!predecessor && e.to().equals(id)) {
                    return e.from();
                }
            }
        }
        return null;
    }

    private static String successorInGraph(InstitutionGraph graph, String id) {
        for (ChartEdge e : graph.edges()) {
            if (e.type() == RelationType.UPGRADED_FROM && e.to().equals(id)) {
                return e.from();
            }
        }
        return null;
    }
}
