package org.xistudy.ui.institutions;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import org.xistudy.study.chart.ChartEdge;
import org.xistudy.study.chart.Point;
import org.xistudy.study.chart.Routes;

/**
 * One relation on the chart: a styled line along its route with an arrowhead at its {@code to}
 * end, and a wider invisible line under it that catches the mouse. Its look comes from the style
 * classes {@code chart-edge} and {@code edge-<type>}.
 */
final class ChartEdgeView extends Group {
    static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    static final PseudoClass FADED = PseudoClass.getPseudoClass("faded");
    static final PseudoClass HOVER = PseudoClass.getPseudoClass("hovered");

    private final ChartEdge edge;
    private final Path line = new Path();
    private final Polygon arrow = new Polygon();
    private final Path hit = new Path();
    private List<Point> points = List.of();

    ChartEdgeView(ChartEdge edge) {
        this.edge = edge;
        String type = "edge-" + edge.type().jsonName();
        getStyleClass().addAll("chart-edge-group", type);
        line.getStyleClass().addAll("chart-edge", type);
        arrow.getStyleClass().addAll("chart-arrow", type);
        hit.getStyleClass().add("chart-edge-hit");
        line.setMouseTransparent(true);
        arrow.setMouseTransparent(true);
        hit.setPickOnBounds(false);
        getChildren().addAll(hit, line, arrow);
        setManaged(false);
        line.strokeWidthProperty().addListener((obs, o, n) -> redraw());
    }

    ChartEdge edge() {
        return edge;
    }

    /** The drawn polyline, in chart coordinates. */
    List<Point> points() {
        return points;
    }

    Path hitArea() {
        return hit;
    }

    void setPoints(List<Point> pts) {
        points = List.copyOf(pts);
        redraw();
    }

    private void redraw() {
        if (points.size() < 2) {
            line.getElements().clear();
            hit.getElements().clear();
            arrow.getPoints().clear();
            return;
        }
        double w = Math.max(1, line.getStrokeWidth());
        double len = 5 + 2.4 * w;
        double half = 2.5 + 1.3 * w;
        Point end = points.get(points.size() - 1);
        double angle = Routes.endAngle(points);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        // Stop the line at the arrow's base so a thick line does not poke through its tip.
        Point base = new Point(end.x() - cos * len * 0.8, end.y() - sin * len * 0.8);
        PathElement[] els = new PathElement[points.size()];
        PathElement[] hits = new PathElement[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Point p = i == points.size() - 1 ? base : points.get(i);
            els[i] = i == 0 ? new MoveTo(p.x(), p.y()) : new LineTo(p.x(), p.y());
            hits[i] = i == 0 ? new MoveTo(p.x(), p.y()) : new LineTo(p.x(), p.y());
        }
        line.getElements().setAll(els);
        hit.getElements().setAll(hits);
        double bx = end.x() - cos * len;
        double by = end.y() - sin * len;
        arrow.getPoints().setAll(end.x(), end.y(), bx - sin * half, by + cos * half, bx + sin * half, by - cos * half);
    }

    void set(PseudoClass pc, boolean on) {
        pseudoClassStateChanged(pc, on);
        line.pseudoClassStateChanged(pc, on);
        arrow.pseudoClassStateChanged(pc, on);
    }
}
