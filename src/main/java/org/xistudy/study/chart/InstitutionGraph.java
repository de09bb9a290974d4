package org.xistudy.study.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.Institution;
import org.xistudy.content.model.Pack;
import org.xistudy.content.model.Person;
import org.xistudy.content.model.Relation;

/**
 * Every body and person of a pack that the chart can show, and the relations between them, over
 * all years. People appear only through their relations: a person is on the chart in a year when
 * one of their relations holds then with a body that exists then.
 */
public final class InstitutionGraph {
    private final Map<String, ChartNode> nodes = new LinkedHashMap<>();
    private final List<ChartEdge> edges = new ArrayList<>();
    private final Map<String, Institution> institutions = new HashMap<>();

    private InstitutionGraph() {
    }

    /** The graph of a pack. Relations whose ends are not bodies or people of the pack are left out. */
    public static InstitutionGraph of(Pack pack) {
        InstitutionGraph g = new InstitutionGraph();
        Map<String, Person> people = new HashMap<>();
        for (Person p : pack.people()) {
            people.putIfAbsent(p.id(), p);
        }
        for (Institution i : pack.institutions()) {
            if (i.established() != null && !g.nodes.containsKey(i.id())) {
                g.institutions.put(i.id(), i);
                g.nodes.put(i.id(), new ChartNode(i.id(), NodeKind.of(i.kind()), i.name(), i.abbrev(), i.zh(),
                        i.pinyin(), i.established(), i.dissolved()));
            }
        }
        Map<String, List<Relation>> personRelations = new LinkedHashMap<>();
        for (Relation r : pack.relations()) {
            if (r.type() == null) {
                continue;
            }
            boolean fromOk = g.institutions.containsKey(r.from()) || people.containsKey(r.from());
            boolean toOk = g.institutions.containsKey(r.to()) || people.containsKey(r.to());
            if (!fromOk || !toOk) {
                continue;
            }
            g.edges.add(new ChartEdge(r.id(), r.from(), r.to(), r.type(), r.label(), r.start(), r.end()));
            for (String end : List.of(r.from(), r.to())) {
                if (people.containsKey(end)) {
                    personRelations.computeIfAbsent(end, k -> new ArrayList<>()).add(r);
                }
            }
        }
        for (Person p : pack.people()) {
            List<Relation> rs = personRelations.get(p.id());
            if (rs == null || g.nodes.containsKey(p.id())) {
                continue;
            }
            PartialDate start = null;
            PartialDate end = null;
            boolean open = false;
            for (Relation r : rs) {
                if (r.start() != null && (start == null || r.start().compareTo(start) < 0)) {
                    start = r.start();
                }
                if (r.end() == null) {
                    open = true;
                } else if (end == null || r.end().compareTo(end) > 0) {
                    end = r.end();
                }
            }
            g.nodes.put(p.id(), new ChartNode(p.id(), NodeKind.PERSON, p.name(), null, p.zh(), p.pinyin(), start,
                    open ? null : end));
        }
        return g;
    }

    public Collection<ChartNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<ChartEdge> edges() {
        return List.copyOf(edges);
    }

    public Optional<ChartNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Optional<ChartEdge> edge(String id) {
        return edges.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The chart as it stood in {@code year}. */
    public YearGraph inYear(int year) {
        List<ChartNode> bodies = new ArrayList<>();
        for (ChartNode n : nodes.values()) {
            Institution i = institutions.get(n.id());
            if (i != null && i.existsIn(year)) {
                bodies.add(n);
            }
        }
        Set<String> bodyIds = new HashSet<>();
        bodies.forEach(b -> bodyIds.add(b.id()));
        // A person is shown when one of their relations holds with a body that exists.
        Set<String> peopleShown = new HashSet<>();
        for (ChartEdge e : edges) {
            if (!e.holdsIn(year)) {
                continue;
            }
            boolean fromPerson = isPerson(e.from());
            boolean toPerson = isPerson(e.to());
            if (fromPerson && !toPerson && bodyIds.contains(e.to())) {
                peopleShown.add(e.from());
            } else if (toPerson && !fromPerson && bodyIds.contains(e.from())) {
                peopleShown.add(e.to());
            }
        }
        List<ChartNode> shown = new ArrayList<>();
        for (ChartNode n : nodes.values()) {
            if (bodyIds.contains(n.id()) || peopleShown.contains(n.id())) {
                shown.add(n);
            }
        }
        Set<String> shownIds = new HashSet<>();
        shown.forEach(n -> shownIds.add(n.id()));
        List<ChartEdge> es = new ArrayList<>();
        for (ChartEdge e : edges) {
            if (e.holdsIn(year) && shownIds.contains(e.from()) && shownIds.contains(e.to())) {
                es.add(e);
            }
        }
        return new YearGraph(year, shown, es);
    }

    private boolean isPerson(String id) {
        ChartNode n = nodes.get(id);
        return n != null && n.isPerson();
    }

    /**
     * The year in {@code [min, max]} nearest to {@code year} in which the node is on the chart
     * (the earlier one on a tie), if any.
     */
    public OptionalInt nearestYearShowing(String id, int year, int min, int max) {
        if (!nodes.containsKey(id)) {
            return OptionalInt.empty();
        }
        int start = Math.max(min, Math.min(max, year));
        for (int d = 0; d <= max - min; d++) {
            for (int y : new int[] {start - d, start + d}) {
                if (y >= min && y <= max && inYear(y).contains(id)) {
                    return OptionalInt.of(y);
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The layout backbone of every node and edge of the years {@code minYear} to {@code maxYear},
     * for nodes of the given sizes. Nodes never on the chart in the same year may share a place.
     */
    public LayeredLayout backbone(Map<String, Size> sizes, Size fallback, LayoutSettings settings, int minYear,
            int maxYear) {
        Map<String, Set<Integer>> years = new HashMap<>();
        for (int y = minYear; y <= maxYear; y++) {
            for (String id : inYear(y).nodeIds()) {
                years.computeIfAbsent(id, k -> new HashSet<>()).add(y);
            }
        }
        List<LayeredLayout.Node> ns = new ArrayList<>();
        for (ChartNode n : nodes.values()) {
            ns.add(new LayeredLayout.Node(n.id(), sizes.getOrDefault(n.id(), fallback),
                    years.getOrDefault(n.id(), Set.of())));
        }
        List<LayeredLayout.Edge> es = new ArrayList<>();
        for (ChartEdge e : edges) {
            es.add(new LayeredLayout.Edge(e.id(), e.from(), e.to(), e.type().rank()));
        }
        return LayeredLayout.of(ns, es, settings);
    }
}
