package org.xistudy.ui.institutions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.chart.ChartEdge;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.chart.NodeKind;
import org.xistudy.study.chart.Point;

/**
 * The chart's key: a swatch for each kind of node and a sample line for each type of relation in
 * the pack. The relation entries are toggles that bring that type's edges forward.
 */
final class ChartLegend {
    private ChartLegend() {
    }

    /** The kinds and relation types a graph uses, in a fixed order. */
    static Set<NodeKind> kinds(InstitutionGraph g) {
        Set<NodeKind> out = EnumSet.noneOf(NodeKind.class);
        g.nodes().forEach(n -> out.add(n.kind()));
        return out;
    }

    static Set<RelationType> types(InstitutionGraph g) {
        Set<RelationType> out = EnumSet.noneOf(RelationType.class);
        for (ChartEdge e : g.edges()) {
            out.add(e.type());
        }
        return out;
    }

    /** Fills {@code pane} with the key; relation toggles join {@code group} (null: plain labels). */
    static void fill(FlowPane pane, InstitutionGraph g, ChartText text, ToggleGroup group) {
        pane.getChildren().clear();
        if (g == null) {
            return;
        }
        List<Node> items = new ArrayList<>();
        for (NodeKind k : kinds(g)) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("chart-node", "kind-" + k.key(), "legend-swatch");
            swatch.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            swatch.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            Label l = new Label(text.kind(k), swatch);
            l.getStyleClass().add("legend-item");
            items.add(l);
        }
        Region gap = new Region();
        gap.getStyleClass().add("legend-gap");
        items.add(gap);
        for (RelationType t : types(g)) {
            Node sample = sample(t);
            if (group == null) {
                Label l = new Label(text.get("institutions.legend." + t.jsonName()), sample);
                l.getStyleClass().addAll("legend-item", "legend-relation");
                items.add(l);
            } else {
                ToggleButton b = new ToggleButton(text.get("institutions.legend." + t.jsonName()), sample);
                b.getStyleClass().addAll("legend-item", "legend-relation", "legend-toggle");
                b.setUserData(t);
                b.setToggleGroup(group);
                b.setAccessibleText(text.format("institutions.legend.toggle", text.verb(t)));
                b.setFocusTraversable(true);
                items.add(b);
            }
        }
        pane.getChildren().setAll(items);
    }

    private static Node sample(RelationType t) {
        ChartEdge e = new ChartEdge("legend-" + t.jsonName(), "a", "b", t, null, null, null);
        ChartEdgeView v = new ChartEdgeView(e);
        v.setManaged(true);
        v.setMouseTransparent(true);
        v.setPoints(List.of(new Point(0, 8), new Point(44, 8)));
        StackPane box = new StackPane(new Group(v));
        box.getStyleClass().add("legend-sample");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** A key built for a picture of the chart: only what the year shown uses. */
    static FlowPane forExport(InstitutionGraph g, ChartText text) {
        FlowPane p = new FlowPane();
        p.getStyleClass().addAll("chart-key", "export-legend");
        fill(p, g, text, null);
        return p;
    }
}
