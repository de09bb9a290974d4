package org.xistudy.ui.institutions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.xistudy.study.chart.Bounds;
import org.xistudy.study.chart.ChartEdge;
import org.xistudy.study.chart.ChartFrame;
import org.xistudy.study.chart.ChartLayout;
import org.xistudy.study.chart.ChartNode;
import org.xistudy.study.chart.ChartViewport;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.chart.LayeredLayout;
import org.xistudy.study.chart.LayoutSettings;
import org.xistudy.study.chart.Size;
import org.xistudy.study.chart.YearGraph;

/**
 * Draws an {@link InstitutionChart}: a canvas for the layer bands behind everything, and scene
 * nodes for what the user can point at (bodies, people, edges and their labels), all in one
 * "world" group that zooms and pans. Node sizes are measured after CSS, then the layout backbone is
 * computed once per graph and text size; a year change animates from what is on screen to the
 * new layout.
 *
 * <p>The skin wires three helpers: the view's placement is the control's
 * ({@link InstitutionChart#viewportProperty()}, arithmetic in {@link ChartViewport}), which the
 * skin follows with its transforms and fits to the chart; a {@link ChartTransition} moves the
 * views from year to year; an {@link InstitutionChartBehavior} turns keys and the mouse into
 * changes of the control's state. The canvas is painted in the control's CSS colours.
 */
final class InstitutionChartSkin extends SkinBase<InstitutionChart> implements InstitutionChart.Drawing {
    private static final double BASE_FONT = 14;
    /** Widest a node may be, in ems of its name; longer names wrap. */
    private static final double NODE_EMS = 13;
    private static final double MIN_NODE_EMS = 6.5;
    /**
     * Below this zoom the chart is not made smaller on its own once the user has asked for larger
     * text: at a larger text step the chart shows larger, and Fit shows all of it.
     */
    private static final double READABLE_ZOOM = 0.85;

    private final InstitutionChart chart;
    private final Pane viewport = new Pane();
    private final Canvas background = new Canvas();
    private final Group world = new Group();
    private final Group content = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group labelLayer = new Group();
    private final Group extras = new Group();
    private final Translate pan = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Rectangle clip = new Rectangle();

    private final Map<String, ChartNodeView> nodeViews = new LinkedHashMap<>();
    private final Map<String, ChartEdgeView> edgeViews = new LinkedHashMap<>();
    private final Map<String, Label> edgeLabels = new HashMap<>();
    private InstitutionGraph graph;
    private LayeredLayout backbone;
    private Bounds stableBounds = Bounds.EMPTY;
    private double measuredFont = -1;
    private boolean layoutDirty = true;
    /** A node to bring into view once the layout of the year is known. */
    private String pendingReveal;

    private final ChartTransition transition = new ChartTransition(new ChartTransition.Stage() {
        @Override
        public void step(ChartFrame now) {
            show(now);
        }

        @Override
        public void settled(ChartFrame end) {
            settle(end);
        }

        @Override
        public void animating(boolean on) {
            chart.setAnimating(on);
        }
    });
    private final ChartHighlights highlights = new ChartHighlights(getSkinnable(), nodeViews, edgeViews, edgeLabels, transition);
    private final InstitutionChartBehavior behavior;

    InstitutionChartSkin(InstitutionChart chart) {
        super(chart);
        this.chart = chart;
        viewport.getStyleClass().add("chart-viewport");
        viewport.setClip(clip);
        content.getChildren().addAll(edgeLayer, nodeLayer, labelLayer, extras);
        world.getChildren().add(content);
        world.getTransforms().addAll(pan, scale);
        viewport.getChildren().addAll(background, world);
        getChildren().add(viewport);

        // registered with the skin, so that dispose() removes them with the others
        registerChangeListener(chart.graphProperty(), obs -> rebuildGraph());
        registerChangeListener(chart.yearProperty(), obs -> {
            layoutDirty = true;
            chart.requestLayout();
        });
        for (ObservableValue<?> o : List.of(chart.selectedProperty(), chart.matchesProperty(),
                chart.focusTypeProperty())) {
            registerChangeListener(o, obs -> highlights.update());
        }
        registerChangeListener(chart.selectedProperty(), obs -> {
            pendingReveal = chart.selectedProperty().get();
            chart.requestLayout();
        });
        registerChangeListener(chart.viewportProperty(), obs -> followView());
        registerChangeListener(chart.viewModeProperty(), obs -> {
            if (chart.viewModeProperty().get() == ChartViewport.Mode.FIT) {
                fitNow();
            }
        });
        registerChangeListener(chart.surfaceColorProperty(), obs -> drawBackground());
        registerChangeListener(chart.bandColorProperty(), obs -> drawBackground());

        behavior = new InstitutionChartBehavior(chart, viewport, highlights::hover);
        chart.setDrawing(this);
        followView();
        rebuildGraph();
    }

    /**
     * Leaves the control as it found it: the behaviour's handlers removed (those very objects), the
     * transition stopped and its listener removed, the skin no longer the chart's drawing;
     * SkinBase removes the registered listeners, the rest lives in the skin's nodes.
     */
    @Override
    public void dispose() {
        transition.dispose();
        behavior.dispose();
        chart.clearDrawing(this);
        super.dispose();
    }

    @Override
    public Map<String, ChartNodeView> nodeViews() {
        return Collections.unmodifiableMap(nodeViews);
    }

    @Override
    public void finishTransition() {
        transition.finish();
    }

    // ------------------------------------------------------------------------------------------
    // graph and layout

    private void rebuildGraph() {
        transition.stop();
        graph = chart.getGraph();
        nodeViews.clear();
        edgeViews.clear();
        edgeLabels.clear();
        nodeLayer.getChildren().clear();
        edgeLayer.getChildren().clear();
        labelLayer.getChildren().clear();
        backbone = null;
        transition.forget();
        chart.setLayout(ChartLayout.EMPTY);
        if (graph != null) {
            for (ChartNode n : graph.nodes()) {
                ChartNodeView v = new ChartNodeView(n, chart.text().names());
                v.setVisible(false);
                nodeViews.put(n.id(), v);
                nodeLayer.getChildren().add(v);
            }
            for (ChartEdge e : graph.edges()) {
                ChartEdgeView v = new ChartEdgeView(e);
                v.setVisible(false);
                edgeViews.put(e.id(), v);
                edgeLayer.getChildren().add(v);
                Label label = new Label(chart.text().edgeLabel(e));
                label.getStyleClass().addAll("edge-label", "edge-" + e.type().jsonName());
                label.setManaged(false);
                label.setVisible(false);
                label.setMouseTransparent(true);
                edgeLabels.put(e.id(), label);
                labelLayer.getChildren().add(label);
            }
        }
        measuredFont = -1;
        layoutDirty = true;
        chart.setViewMode(ChartViewport.Mode.AUTO);
        chart.requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        viewport.resizeRelocate(x, y, w, h);
        clip.setWidth(w);
        clip.setHeight(h);
        if (background.getWidth() != w || background.getHeight() != h) {
            background.setWidth(w);
            background.setHeight(h);
        }
        chart.setViewport(chart.getViewport().resized(w, h));
        if (graph != null && !nodeViews.isEmpty()) {
            double font = nodeViews.values().iterator().next().nameLabel().getFont().getSize();
            if (backbone == null || Math.abs(font - measuredFont) > 0.01) {
                measure(font);
                layoutDirty = true;
            }
        }
        if (layoutDirty) {
            layoutDirty = false;
            showYear();
        }
        if (chart.viewModeProperty().get() != ChartViewport.Mode.MANUAL) {
            fitNow();
        }
        if (pendingReveal != null && backbone != null) {
            String id = pendingReveal;
            pendingReveal = null;
            chart.reveal(id);
        }
        drawBackground();
    }

    /** Measures every node at the current text size and computes the backbone. */
    private void measure(double font) {
        boolean first = backbone == null;
        measuredFont = font;
        Map<String, Size> sizes = new HashMap<>();
        double maxW = font * NODE_EMS;
        double minW = font * MIN_NODE_EMS;
        for (ChartNodeView v : nodeViews.values()) {
            prepareText(v);
            v.applyCss();
            double w = Math.ceil(Math.max(Math.max(minW, v.unwrappedWidth()), Math.min(maxW, v.prefWidth(-1))));
            double h = Math.ceil(v.prefHeight(w));
            v.resize(w, h);
            sizes.put(v.node().id(), new Size(Math.max(1, w), Math.max(1, h)));
        }
        LayoutSettings settings = LayoutSettings.DEFAULT.scaled(font / BASE_FONT);
        int min = InstitutionsViewModel.MIN_YEAR;
        int max = InstitutionsViewModel.maxYear();
        backbone = graph.backbone(sizes, new Size(maxW, font * 4), settings, min, max);
        Bounds b = null;
        for (int year = min; year <= max; year++) {
            YearGraph yg = graph.inYear(year);
            Bounds yb = backbone.layout(year, yg.nodeIds(), yg.edgeIds()).bounds();
            if (!yg.nodeIds().isEmpty()) {
                b = b == null ? yb : b.union(yb);
            }
        }
        stableBounds = b == null ? Bounds.EMPTY : b;
        if (!first) {
            // Sizes changed: jump to the new layout rather than animate a resize, and place the
            // view afresh for the new text size.
            transition.forget();
            chart.setViewMode(ChartViewport.Mode.AUTO);
        }
    }

    /**
     * Sets a node's years line and note. The note names a predecessor that is gone
     * ("was FALSG"), so the chart alone says what came before a body.
     */
    private void prepareText(ChartNodeView v) {
        v.setMeta(chart.text().nodeMeta(v.node()));
        v.setNote(chart.text().formerly(graph, v.node()));
    }

    private void showYear() {
        if (graph == null || backbone == null) {
            chart.setLayout(ChartLayout.EMPTY);
            drawBackground();
            return;
        }
        int year = chart.yearProperty().get();
        YearGraph yg = graph.inYear(year);
        ChartLayout next = backbone.layout(year, yg.nodeIds(), yg.edgeIds());
        for (ChartNodeView v : nodeViews.values()) {
            ChartNode n = v.node();
            boolean here = yg.contains(n.id());
            v.set(ChartNodeView.STARTING, here && n.start() != null && n.start().year() == year && !n.isPerson());
            v.set(ChartNodeView.ENDING, here && n.end() != null && n.end().year() == year && !n.isPerson());
            if (here) {
                v.setAccessible(chart.text().describe(yg, n));
            }
        }
        ChartFrame target = ChartFrame.of(next);
        chart.setLayout(next);
        String sel = chart.selectedProperty().get();
        if (sel != null && !yg.contains(sel)) {
            chart.selectedProperty().set(null);
        }
        highlights.update();
        boolean animate = chart.animatedProperty().get() && !transition.shown().nodes().isEmpty() && chart.getScene() != null;
        transition.start(target, animate);
    }

    /** Puts the views where a moment of the year change has them. */
    private void show(ChartFrame now) {
        for (ChartNodeView v : nodeViews.values()) {
            ChartFrame.NodePlace f = now.nodes().get(v.node().id());
            if (f != null) {
                v.relocate(f.x(), f.y());
                v.setOpacity(f.opacity());
            }
            v.setVisible(f != null);
        }
        for (ChartEdgeView v : edgeViews.values()) {
            ChartFrame.EdgePlace f = now.edges().get(v.edge().id());
            if (f != null) {
                v.setPoints(f.points());
                v.setOpacity(f.opacity());
            }
            v.setVisible(f != null);
        }
        highlights.updateLabels();
        drawBackground();
    }

    /** The change is over: what the year has is shown, the rest hidden. */
    private void settle(ChartFrame end) {
        for (ChartNodeView v : nodeViews.values()) {
            v.setVisible(end.nodes().containsKey(v.node().id()));
        }
        for (ChartEdgeView v : edgeViews.values()) {
            v.setVisible(end.edges().containsKey(v.edge().id()));
        }
        highlights.updateLabels();
        drawBackground();
    }

    // ------------------------------------------------------------------------------------------
    // background and view

    private static Paint paint(Paint p) {
        return p == null ? Color.TRANSPARENT : p;
    }

    private void drawBackground() {
        double w = background.getWidth();
        double h = background.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        ChartViewport view = chart.getViewport();
        GraphicsContext g = background.getGraphicsContext2D();
        g.setGlobalAlpha(1);
        g.setFill(paint(chart.getSurfaceColor()));
        g.clearRect(0, 0, w, h);
        g.fillRect(0, 0, w, h);
        double pad = nodePad();
        Paint band = paint(chart.getBandColor());
        Map<Integer, ChartFrame.BandPlace> bands = transition.shown().bands();
        List<Integer> layers = new ArrayList<>(bands.keySet());
        layers.sort(null);
        int i = 0;
        for (int layer : layers) {
            ChartFrame.BandPlace b = bands.get(layer);
            if (i++ % 2 == 0) {
                g.setGlobalAlpha(b.opacity());
                g.setFill(band);
                g.fillRect(0, view.screenY(b.y() - pad), w, view.zoom() * (b.height() + 2 * pad));
            }
        }
        g.setGlobalAlpha(1);
    }

    private double nodePad() {
        return backbone == null ? 10 : backbone.settings().layerGap() * 0.3;
    }

    /** Moves the world to where the control's view has it. */
    private void followView() {
        ChartViewport v = chart.getViewport();
        scale.setX(v.zoom());
        scale.setY(v.zoom());
        pan.setX(v.panX());
        pan.setY(v.panY());
        drawBackground();
    }

    /** Fits the chart of every year to the view; not smaller than readable at a larger text step, unless asked. */
    private void fitNow() {
        boolean readable = chart.viewModeProperty().get() == ChartViewport.Mode.AUTO && measuredFont > BASE_FONT * 1.05;
        chart.setViewport(chart.getViewport().fitted(stableBounds, readable ? READABLE_ZOOM : 0));
    }

    // ------------------------------------------------------------------------------------------
    // export

    @Override
    public WritableImage snapshot(double factor, Node header, Node footer) {
        finishTransition();
        Bounds b = chart.layoutProperty().get().bounds();
        double margin = 32;
        double top = b.minY() - margin;
        double bottom = b.maxY() + margin;
        double left = b.minX() - margin;
        double width = Math.max(1, b.width() + 2 * margin);
        double inner = Math.max(1, b.width());
        extras.getChildren().clear();
        try {
            if (header instanceof Region r) {
                r.setMaxWidth(inner);
            }
            if (header != null) {
                extras.getChildren().add(header);
                header.applyCss();
                header.autosize();
                double hh = header.getLayoutBounds().getHeight();
                header.relocate(b.minX(), top - hh);
                top -= hh + margin / 2;
            }
            if (footer instanceof Region r) {
                r.setPrefWidth(inner);
                r.setMaxWidth(inner);
            }
            if (footer != null) {
                extras.getChildren().add(footer);
                footer.applyCss();
                double fh = footer instanceof Region r ? r.prefHeight(inner) : footer.getLayoutBounds().getHeight();
                footer.resize(inner, fh);
                footer.relocate(b.minX(), bottom);
                bottom += fh + margin;
            }
            SnapshotParameters params = new SnapshotParameters();
            chart.applyCss();
            params.setFill(paint(chart.getSurfaceColor()));
            params.setTransform(new Scale(factor, factor));
            params.setViewport(new Rectangle2D(left * factor, top * factor, width * factor, (bottom - top) * factor));
            return content.snapshot(params, null);
        } finally {
            extras.getChildren().clear();
        }
    }
}
