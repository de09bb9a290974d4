package org.xistudy.ui.institutions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Label;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.chart.Bounds;
import org.xistudy.study.chart.ChartEdge;
import org.xistudy.study.chart.ChartLayout;
import org.xistudy.study.chart.EdgeRoute;
import org.xistudy.study.chart.LabelPlacement;
import org.xistudy.study.chart.NodeBox;
import org.xistudy.study.chart.Point;
import org.xistudy.study.chart.YearGraph;

/**
 * What stands out on an {@link InstitutionChart}: the selected node and those it is related to,
 * search matches, the edges of the legend's relation type (the rest faded), the hovered edge and
 * its ends; and the labels of the hovered edge and of the selected node's edges, placed in the
 * gaps between layers ({@link LabelPlacement}), never while a year change runs. It sets pseudo
 * classes on the skin's views and places the skin's labels.
 */
final class ChartHighlights {
    private final InstitutionChart chart;
    private final Map<String, ChartNodeView> nodeViews;
    private final Map<String, ChartEdgeView> edgeViews;
    private final Map<String, Label> edgeLabels;
    private final ChartTransition transition;
    private String hoveredEdge;

    /** Highlights on the skin's views (the maps are the skin's own, as they change). */
    ChartHighlights(InstitutionChart chart, Map<String, ChartNodeView> nodeViews, Map<String, ChartEdgeView> edgeViews,
            Map<String, Label> edgeLabels, ChartTransition transition) {
        this.chart = chart;
        this.nodeViews = nodeViews;
        this.edgeViews = edgeViews;
        this.edgeLabels = edgeLabels;
        this.transition = transition;
    }

    /** Sets the states of every node and edge from the selection, the matches and the legend's type. */
    void update() {
        String sel = chart.selectedProperty().get();
        Set<String> matches = chart.matchesProperty().get() == null ? Set.of() : chart.matchesProperty().get();
        RelationType focus = chart.focusTypeProperty().get();
        ChartLayout l = chart.layoutProperty().get();
        YearGraph yg = chart.yearGraph();
        Set<String> related = new HashSet<>();
        Set<String> activeEdges = new HashSet<>();
        if (yg != null) {
            for (ChartEdge e : yg.edges()) {
                boolean bySelection = sel != null && e.touches(sel);
                boolean byType = focus != null && e.type() == focus;
                if (bySelection || byType) {
                    activeEdges.add(e.id());
                    related.add(e.from());
                    related.add(e.to());
                }
            }
        }
        boolean focusing = sel != null || focus != null;
        for (ChartNodeView v : nodeViews.values()) {
            String id = v.node().id();
            v.set(ChartNodeView.SELECTED, id.equals(sel));
            v.set(ChartNodeView.RELATED, related.contains(id) && !id.equals(sel));
            v.set(ChartNodeView.MATCH, matches.contains(id));
            v.set(ChartNodeView.FADED, focus != null && !related.contains(id));
        }
        for (ChartEdgeView v : edgeViews.values()) {
            boolean active = activeEdges.contains(v.edge().id());
            v.set(ChartEdgeView.ACTIVE, active);
            v.set(ChartEdgeView.FADED, focusing && !active);
            if (active) {
                v.toFront();
            }
        }
        if (l != null) {
            updateLabels();
        }
    }

    /** The pointer is now on the edge, or has left it. */
    void hover(String edgeId, boolean on) {
        hoveredEdge = on ? edgeId : (edgeId.equals(hoveredEdge) ? null : hoveredEdge);
        ChartEdgeView v = edgeViews.get(edgeId);
        if (v != null) {
            v.set(ChartEdgeView.HOVER, on);
            if (on) {
                v.toFront();
            }
            ChartEdge e = v.edge();
            for (String end : List.of(e.from(), e.to())) {
                ChartNodeView n = nodeViews.get(end);
                if (n != null) {
                    n.set(ChartNodeView.HOVER_EDGE, on);
                }
            }
        }
        updateLabels();
    }

    /** Edge labels show for the hovered edge and the edges of the selected node. */
    void updateLabels() {
        String sel = chart.selectedProperty().get();
        boolean moving = chart.animatingProperty().get();
        ChartLayout layout = chart.layoutProperty().get();
        List<LabelPlacement.Request> requests = new ArrayList<>();
        Map<String, Label> wanted = new LinkedHashMap<>();
        // The hovered edge first, so its label gets the best place.
        List<String> ids = new ArrayList<>(edgeLabels.keySet());
        if (hoveredEdge != null && ids.remove(hoveredEdge)) {
            ids.add(0, hoveredEdge);
        }
        for (String id : ids) {
            Label label = edgeLabels.get(id);
            ChartEdgeView v = edgeViews.get(id);
            EdgeRoute route = layout.edges().get(id);
            boolean want = transition.shown().edges().containsKey(id) && route != null && !moving
                    && transition.target().edges().containsKey(id)
                    && (id.equals(hoveredEdge) || (sel != null && v.edge().touches(sel)));
            label.setVisible(want);
            if (!want) {
                continue;
            }
            label.applyCss();
            double max = label.getMaxWidth() > 0 ? label.getMaxWidth() : Double.MAX_VALUE;
            double w = Math.ceil(Math.min(label.prefWidth(-1), max));
            double h = Math.ceil(label.prefHeight(w));
            label.resize(w, h);
            // Near the far end from the selected node, so the labels of a fan of edges part; in the
            // gaps between layers, so they cover no node.
            List<Point> anchors = sel == null || !v.edge().touches(sel)
                    ? List.of(route.labelMiddle(), route.labelNearFrom(), route.labelNearTo())
                    : v.edge().from().equals(sel) ? List.of(route.labelNearTo(), route.labelMiddle(), route.labelNearFrom())
                    : List.of(route.labelNearFrom(), route.labelMiddle(), route.labelNearTo());
            requests.add(new LabelPlacement.Request(id, w, h, anchors));
            wanted.put(id, label);
        }
        if (wanted.isEmpty()) {
            return;
        }
        List<Bounds> obstacles = new ArrayList<>();
        for (NodeBox b : layout.nodes().values()) {
            obstacles.add(new Bounds(b.x(), b.y(), b.maxX(), b.maxY()));
        }
        Map<String, Point> places = LabelPlacement.place(requests, obstacles);
        places.forEach((id, p) -> {
            Label label = wanted.get(id);
            label.relocate(p.x(), p.y());
            label.toFront();
        });
    }
}
