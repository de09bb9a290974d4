package org.xistudy.ui.institutions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.chart.Bounds;
import org.xistudy.study.chart.ChartEdge;
import org.xistudy.study.chart.ChartLayout;
import org.xistudy.study.chart.ChartNavigation;
import org.xistudy.study.chart.ChartNode;
import org.xistudy.study.chart.EdgeRoute;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.chart.LayeredLayout;
import org.xistudy.study.chart.LabelPlacement;
import org.xistudy.study.chart.LayoutSettings;
import org.xistudy.study.chart.NodeBox;
import org.xistudy.study.chart.Point;
import org.xistudy.study.chart.Routes;
import org.xistudy.study.chart.Size;
import org.xistudy.study.chart.YearGraph;

/**
 * Draws an {@link InstitutionChart}: a canvas for the layer bands behind everything, and scene
 * nodes for what the user can point at (bodies, people, edges and their labels), all in one
 * "world" group that zooms and pans. Node sizes are measured after CSS, then the layout backbone is
 * computed once per graph and text size; a year change animates from what is on screen to the
 * new layout.
 */
final class InstitutionChartSkin extends SkinBase<InstitutionChart> {
    private static final int SAMPLES = 40;
    private static final Duration DURATION = Duration.millis(700);
    private static final double MAX_FIT = 1.6;
    private static final double MIN_ZOOM = 0.15;
    private static final double MAX_ZOOM = 4;
    private static final double BASE_FONT = 14;
    /** Widest a node may be, in ems of its name; longer names wrap. */
    private static final double NODE_EMS = 13;
    private static final double MIN_NODE_EMS = 6.5;
    /**
     * Below this zoom the chart is not made smaller on its own once the user has asked for larger
     * text: at a larger text step the chart shows larger, and Fit shows all of it.
     */
    private static final double READABLE_ZOOM = 0.85;

    /** How the view is placed: fitted with a floor for larger text, fitted, or as the user left it. */
    private enum ViewMode { AUTO, FIT, MANUAL }

    private record NodeFrame(double x, double y, double opacity) {
    }

    private record Frame(Map<String, NodeFrame> nodes, Map<String, List<Point>> edges, Map<String, Double> edgeOpacity,
            Map<Integer, double[]> bands) {
        static Frame empty() {
            return new Frame(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        }
    }

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
    private final Region surfaceProbe = new Region();
    private final Region bandProbe = new Region();
    private final Rectangle clip = new Rectangle();

    private final Map<String, ChartNodeView> nodeViews = new LinkedHashMap<>();
    private final Map<String, ChartEdgeView> edgeViews = new LinkedHashMap<>();
    private final Map<String, Label> edgeLabels = new HashMap<>();
    private InstitutionGraph graph;
    private LayeredLayout backbone;
    private Bounds stableBounds = Bounds.EMPTY;
    private double measuredFont = -1;
    private boolean layoutDirty = true;
    private ViewMode mode = ViewMode.AUTO;
    private String hoveredEdge;
    /** A node to bring into view once the layout of the year is known. */
    private String pendingReveal;

    private Frame shown = Frame.empty();
    private Frame from = Frame.empty();
    private Frame to = Frame.empty();
    private final DoubleProperty progress = new SimpleDoubleProperty(1);
    private Timeline timeline;

    private double pressX;
    private double pressY;
    private double pressPanX;
    private double pressPanY;
    private boolean dragged;
    // kept, so that dispose() removes the same handlers it added to the control
    private final EventHandler<KeyEvent> onKeyPressed = this::keyPressed;
    private final EventHandler<KeyEvent> onKeyTyped = this::keyTyped;

    InstitutionChartSkin(InstitutionChart chart) {
        super(chart);
        this.chart = chart;
        viewport.getStyleClass().add("chart-viewport");
        viewport.setClip(clip);
        surfaceProbe.getStyleClass().add("chart-surface");
        bandProbe.getStyleClass().add("chart-band");
        for (Region probe : new Region[] {surfaceProbe, bandProbe}) {
            probe.setManaged(false);
            probe.setOpacity(0);
            probe.setMouseTransparent(true);
            probe.resize(1, 1);
            probe.backgroundProperty().addListener((obs, o, n) -> drawBackground());
        }
        content.getChildren().addAll(edgeLayer, nodeLayer, labelLayer, extras);
        world.getChildren().add(content);
        world.getTransforms().addAll(pan, scale);
        viewport.getChildren().addAll(surfaceProbe, bandProbe, background, world);
        getChildren().add(viewport);

        progress.addListener((obs, o, n) -> apply(n.doubleValue()));
        registerChangeListener(chart.graphProperty(), obs -> rebuildGraph());
        registerChangeListener(chart.yearProperty(), obs -> {
            layoutDirty = true;
            chart.requestLayout();
        });
        for (javafx.beans.value.ObservableValue<?> o : List.of(chart.selectedProperty(), chart.matchesProperty(),
                chart.focusTypeProperty())) {
            registerChangeListener(o, obs -> updateStates());
        }
        registerChangeListener(chart.selectedProperty(), obs -> {
            pendingReveal = chart.selectedProperty().get();
            chart.requestLayout();
        });

        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        viewport.addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomBy(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        chart.addEventHandler(KeyEvent.KEY_PRESSED, onKeyPressed);
        chart.addEventHandler(KeyEvent.KEY_TYPED, onKeyTyped);
        rebuildGraph();
    }

    /**
     * Leaves the control as it found it: the key handlers on it removed (those very objects), the
     * transition stopped; SkinBase removes the registered listeners, the rest lives in the skin's nodes.
     */
    @Override
    public void dispose() {
        stopTimeline();
        chart.removeEventHandler(KeyEvent.KEY_PRESSED, onKeyPressed);
        chart.removeEventHandler(KeyEvent.KEY_TYPED, onKeyTyped);
        super.dispose();
    }

    Map<String, ChartNodeView> nodeViews() {
        return java.util.Collections.unmodifiableMap(nodeViews);
    }

    // ------------------------------------------------------------------------------------------
    // graph and layout

    private void rebuildGraph() {
        stopTimeline();
        graph = chart.getGraph();
        nodeViews.clear();
        edgeViews.clear();
        edgeLabels.clear();
        nodeLayer.getChildren().clear();
        edgeLayer.getChildren().clear();
        labelLayer.getChildren().clear();
        backbone = null;
        shown = Frame.empty();
        chart.layout.set(ChartLayout.EMPTY);
        if (graph != null) {
            for (ChartNode n : graph.nodes()) {
                ChartNodeView v = new ChartNodeView(n, chart.text().names());
                v.setVisible(false);
                v.setOnMousePressed(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        chart.requestFocus();
                    }
                });
                v.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                        chart.selectedProperty().set(n.id());
                        if (e.getClickCount() == 2) {
                            chart.onActivate().accept(n.id());
                        }
                    }
                });
                nodeViews.put(n.id(), v);
                nodeLayer.getChildren().add(v);
            }
            for (ChartEdge e : graph.edges()) {
                ChartEdgeView v = new ChartEdgeView(e);
                v.setVisible(false);
                v.hitArea().setOnMouseEntered(ev -> hover(e.id(), true));
                v.hitArea().setOnMouseExited(ev -> hover(e.id(), false));
                edgeViews.put(e.id(), v);
                edgeLayer.getChildren().add(v);
                Label label = new Label(edgeText(e));
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
        mode = ViewMode.AUTO;
        chart.requestLayout();
    }

    private String edgeText(ChartEdge e) {
        ChartText t = chart.text();
        String verb = e.label() != null && !e.label().isBlank()
                ? t.format("institutions.edge.labelled", t.verb(e.type()), e.label()) : t.verb(e.type());
        String span = t.span(e.start(), e.end());
        return span.isEmpty() ? verb : t.format("institutions.edge.label", verb, span);
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
        if (mode != ViewMode.MANUAL) {
            fitNow();
        }
        if (pendingReveal != null && backbone != null) {
            String id = pendingReveal;
            pendingReveal = null;
            reveal(id);
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
            prepareText(v, chart.yearProperty().get());
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
            shown = Frame.empty();
            mode = ViewMode.AUTO;
        }
    }

    /**
     * Sets a node's years line and note for a year. The note names a predecessor that is gone
     * ("was FALSG"), so the chart alone says what came before a body.
     */
    private void prepareText(ChartNodeView v, int year) {
        ChartNode n = v.node();
        ChartText t = chart.text();
        String years = t.years(n);
        String abbrev = n.abbrev() == null || n.abbrev().isBlank() ? "" : n.abbrev();
        v.setMeta(abbrev.isEmpty() ? years : years.isEmpty() ? abbrev : t.format("institutions.node.meta", abbrev, years));
        String note = null;
        for (ChartEdge e : graph.edges()) {
            if (e.type() == RelationType.UPGRADED_FROM && e.from().equals(n.id())) {
                Optional<ChartNode> before = graph.node(e.to());
                if (before.isPresent()) {
                    note = t.format("institutions.node.formerly", before.get().shortName());
                }
            }
        }
        v.setNote(note);
    }

    private void showYear() {
        if (graph == null || backbone == null) {
            chart.layout.set(ChartLayout.EMPTY);
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
                v.setAccessible(accessibleText(yg, n));
            }
        }
        Frame target = frameOf(next);
        chart.layout.set(next);
        String sel = chart.selectedProperty().get();
        if (sel != null && !yg.contains(sel)) {
            chart.selectedProperty().set(null);
        }
        updateStates();
        boolean animate = chart.animatedProperty().get() && !shown.nodes().isEmpty() && chart.getScene() != null;
        startTransition(target, animate);
    }

    private String accessibleText(YearGraph yg, ChartNode n) {
        ChartText t = chart.text();
        List<String> parts = new ArrayList<>();
        for (ChartEdge e : yg.edgesOf(n.id())) {
            String other = yg.node(e.other(n.id())).map(ChartNode::name).orElse(e.other(n.id()));
            parts.add(e.from().equals(n.id()) ? t.format("institutions.a11y.out", t.sentenceVerb(e.type()), other)
                    : t.format("institutions.a11y.in", other, t.sentenceVerb(e.type())));
        }
        return t.format("institutions.a11y.node", n.name(), n.zh() == null ? "" : n.zh(), t.kind(n.kind()), t.years(n),
                parts.isEmpty() ? t.get("institutions.a11y.noRelations") : String.join("; ", parts));
    }

    private Frame frameOf(ChartLayout l) {
        Frame f = Frame.empty();
        for (NodeBox b : l.nodes().values()) {
            f.nodes().put(b.id(), new NodeFrame(b.x(), b.y(), 1));
        }
        for (EdgeRoute r : l.edges().values()) {
            f.edges().put(r.id(), Routes.resample(Routes.flatten(r, 12), SAMPLES));
            f.edgeOpacity().put(r.id(), 1.0);
        }
        for (ChartLayout.Band b : l.bands()) {
            if (b.height() > 0) {
                f.bands().put(b.layer(), new double[] {b.y(), b.height(), 1});
            }
        }
        return f;
    }

    private void startTransition(Frame target, boolean animate) {
        stopTimeline();
        from = shown;
        to = target;
        if (!animate) {
            progress.set(1);
            apply(1);
            finishTransitionState();
            return;
        }
        chart.animating.set(true);
        progress.set(0);
        timeline = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(progress, 0)),
                new KeyFrame(DURATION, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        timeline.setOnFinished(e -> finishTransitionState());
        timeline.play();
    }

    void finishTransition() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
            progress.set(1);
            apply(1);
            finishTransitionState();
        }
    }

    private void stopTimeline() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
        chart.animating.set(false);
    }

    private void finishTransitionState() {
        timeline = null;
        shown = to;
        chart.animating.set(false);
        for (ChartNodeView v : nodeViews.values()) {
            v.setVisible(to.nodes().containsKey(v.node().id()));
        }
        for (ChartEdgeView v : edgeViews.values()) {
            v.setVisible(to.edges().containsKey(v.edge().id()));
        }
        updateLabels();
        drawBackground();
    }

    /** Shows the transition at {@code t} (0: what was on screen, 1: the new year). */
    private void apply(double t) {
        Frame now = Frame.empty();
        Set<String> ids = new HashSet<>(from.nodes().keySet());
        ids.addAll(to.nodes().keySet());
        for (String id : ids) {
            ChartNodeView v = nodeViews.get(id);
            if (v == null) {
                continue;
            }
            NodeFrame a = from.nodes().get(id);
            NodeFrame b = to.nodes().get(id);
            NodeFrame f;
            if (a != null && b != null) {
                f = new NodeFrame(lerp(a.x(), b.x(), t), lerp(a.y(), b.y(), t), lerp(a.opacity(), 1, t));
            } else if (b != null) {
                f = new NodeFrame(b.x(), b.y(), clamp((t - 0.35) / 0.65));
            } else {
                f = new NodeFrame(a.x(), a.y(), a.opacity() * (1 - clamp(t / 0.5)));
            }
            v.relocate(f.x(), f.y());
            v.setOpacity(f.opacity());
            v.setVisible(f.opacity() > 0.001);
            if (f.opacity() > 0.001) {
                now.nodes().put(id, f);
            }
        }
        Set<String> edgeIds = new HashSet<>(from.edges().keySet());
        edgeIds.addAll(to.edges().keySet());
        for (String id : edgeIds) {
            ChartEdgeView v = edgeViews.get(id);
            if (v == null) {
                continue;
            }
            List<Point> a = from.edges().get(id);
            List<Point> b = to.edges().get(id);
            List<Point> pts;
            double op;
            if (a != null && b != null) {
                pts = Routes.blend(a, b, t);
                op = lerp(from.edgeOpacity().getOrDefault(id, 1.0), 1, t);
            } else if (b != null) {
                pts = b;
                op = clamp((t - 0.45) / 0.55);
            } else {
                pts = a;
                op = from.edgeOpacity().getOrDefault(id, 1.0) * (1 - clamp(t / 0.4));
            }
            v.setPoints(pts);
            v.setOpacity(op);
            v.setVisible(op > 0.001);
            if (op > 0.001) {
                now.edges().put(id, pts);
                now.edgeOpacity().put(id, op);
            }
        }
        Set<Integer> layers = new HashSet<>(from.bands().keySet());
        layers.addAll(to.bands().keySet());
        for (int l : layers) {
            double[] a = from.bands().get(l);
            double[] b = to.bands().get(l);
            if (a != null && b != null) {
                now.bands().put(l, new double[] {lerp(a[0], b[0], t), lerp(a[1], b[1], t), 1});
            } else if (b != null) {
                now.bands().put(l, new double[] {b[0], b[1], clamp(t)});
            } else {
                now.bands().put(l, new double[] {a[0], a[1], 1 - clamp(t)});
            }
        }
        shown = now;
        updateLabels();
        drawBackground();
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    // ------------------------------------------------------------------------------------------
    // states: selection, matches, legend focus, hover

    private void updateStates() {
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

    private void hover(String edgeId, boolean on) {
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
    private void updateLabels() {
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
            List<Point> pts = shown.edges().get(id);
            EdgeRoute route = layout.edges().get(id);
            boolean want = pts != null && route != null && !moving && to.edges().containsKey(id)
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

    // ------------------------------------------------------------------------------------------
    // background

    private Paint fillOf(Region probe, Paint fallback) {
        Background bg = probe.getBackground();
        if (bg == null || bg.getFills().isEmpty()) {
            return fallback;
        }
        return bg.getFills().get(0).getFill();
    }

    Paint surfacePaint() {
        surfaceProbe.applyCss();
        return fillOf(surfaceProbe, Color.TRANSPARENT);
    }

    private void drawBackground() {
        double w = background.getWidth();
        double h = background.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        GraphicsContext g = background.getGraphicsContext2D();
        g.setGlobalAlpha(1);
        g.setFill(fillOf(surfaceProbe, Color.TRANSPARENT));
        g.clearRect(0, 0, w, h);
        g.fillRect(0, 0, w, h);
        double pad = nodePad();
        Paint band = fillOf(bandProbe, Color.TRANSPARENT);
        int i = 0;
        List<Integer> layers = new ArrayList<>(shown.bands().keySet());
        layers.sort(null);
        for (int layer : layers) {
            double[] b = shown.bands().get(layer);
            if (i++ % 2 == 0) {
                double top = pan.getY() + scale.getY() * (b[0] - pad);
                double height = scale.getY() * (b[1] + 2 * pad);
                g.setGlobalAlpha(b[2]);
                g.setFill(band);
                g.fillRect(0, top, w, height);
            }
        }
        g.setGlobalAlpha(1);
    }

    private double nodePad() {
        return backbone == null ? 10 : backbone.settings().layerGap() * 0.3;
    }

    // ------------------------------------------------------------------------------------------
    // zoom, pan, fit

    private void setView(double z, double px, double py) {
        z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        scale.setX(z);
        scale.setY(z);
        pan.setX(px);
        pan.setY(py);
        chart.zoom.set(z);
        drawBackground();
    }

    void zoomBy(double factor, double cx, double cy) {
        mode = ViewMode.MANUAL;
        if (Double.isNaN(cx)) {
            cx = viewport.getWidth() / 2;
            cy = viewport.getHeight() / 2;
        }
        double z = scale.getX();
        double nz = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z * factor));
        double wx = (cx - pan.getX()) / z;
        double wy = (cy - pan.getY()) / z;
        setView(nz, cx - wx * nz, cy - wy * nz);
    }

    void fitToView() {
        mode = ViewMode.FIT;
        fitNow();
    }

    private void fitNow() {
        double vw = viewport.getWidth();
        double vh = viewport.getHeight();
        Bounds b = stableBounds;
        if (vw <= 0 || vh <= 0 || b.width() <= 0) {
            return;
        }
        double margin = Math.min(vw, vh) * 0.02 + 6;
        double fit = Math.min(MAX_FIT, Math.min((vw - 2 * margin) / b.width(), (vh - 2 * margin) / b.height()));
        double z = Math.max(MIN_ZOOM, fit);
        if (mode == ViewMode.AUTO && measuredFont > BASE_FONT * 1.05) {
            z = Math.max(z, READABLE_ZOOM);
        }
        double px = (vw - b.width() * z) / 2 - b.minX() * z;
        double py = Math.max(margin, (vh - b.height() * z) / 2) - b.minY() * z;
        if (z > fit + 1e-9) {
            // Larger than the view: show the top of the hierarchy, centred.
            py = margin - b.minY() * z;
        }
        setView(z, px, py);
    }

    void reveal(String id) {
        NodeBox b = chart.layoutProperty().get().nodes().get(id);
        double vw = viewport.getWidth();
        double vh = viewport.getHeight();
        if (b == null || vw <= 0) {
            return;
        }
        double z = scale.getX();
        double left = pan.getX() + b.x() * z;
        double top = pan.getY() + b.y() * z;
        double right = left + b.width() * z;
        double bottom = top + b.height() * z;
        double m = 16;
        if (left >= m && top >= m && right <= vw - m && bottom <= vh - m) {
            return;
        }
        mode = ViewMode.MANUAL;
        setView(z, vw / 2 - b.centerX() * z, vh / 2 - b.centerY() * z);
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        pressPanX = pan.getX();
        pressPanY = pan.getY();
        dragged = false;
        if (e.getButton() == MouseButton.PRIMARY) {
            chart.requestFocus();
        }
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragged && Math.hypot(dx, dy) < 4) {
            return;
        }
        dragged = true;
        mode = ViewMode.MANUAL;
        viewport.setCursor(javafx.scene.Cursor.CLOSED_HAND);
        setView(scale.getX(), pressPanX + dx, pressPanY + dy);
    }

    private void released(MouseEvent e) {
        viewport.setCursor(null);
        boolean onNode = e.getPickResult() != null && isInNode(e.getPickResult().getIntersectedNode());
        if (!dragged && !onNode && e.getButton() == MouseButton.PRIMARY) {
            chart.selectedProperty().set(null);
        }
    }

    private boolean isInNode(Node n) {
        for (Node p = n; p != null && p != viewport; p = p.getParent()) {
            if (p instanceof ChartNodeView) {
                return true;
            }
        }
        return false;
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 && e.getDeltaX() == 0) {
            return;
        }
        if (e.isShiftDown() || (e.getDeltaX() != 0 && !e.isControlDown())) {
            mode = ViewMode.MANUAL;
            setView(scale.getX(), pan.getX() + (e.isShiftDown() ? e.getDeltaY() : e.getDeltaX()),
                    pan.getY() + (e.isShiftDown() ? 0 : e.getDeltaY()));
        } else {
            zoomBy(Math.pow(1.0018, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    // ------------------------------------------------------------------------------------------
    // keyboard

    private void keyPressed(KeyEvent e) {
        ChartLayout l = chart.layoutProperty().get();
        YearGraph yg = chart.yearGraph();
        String sel = chart.selectedProperty().get();
        Optional<String> next = Optional.empty();
        switch (e.getCode()) {
            case UP:
            case DOWN:
            case LEFT:
            case RIGHT:
                if (e.isShortcutDown() || e.isAltDown()) {
                    return;
                }
                if (yg == null) {
                    return;
                }
                next = sel == null ? ChartNavigation.first(l)
                        : ChartNavigation.step(l, yg, sel, ChartNavigation.Direction.valueOf(e.getCode().name()));
                break;
            case TAB:
                if (e.isControlDown()) {
                    leaveChart(e.isShiftDown());
                    e.consume();
                    return;
                }
                if (e.isAltDown() || e.isMetaDown()) {
                    return;
                }
                next = ChartNavigation.cycle(l, sel, e.isShiftDown());
                if (next.isEmpty()) {
                    return;
                }
                break;
            case ENTER:
                if (sel != null) {
                    chart.onActivate().accept(sel);
                    e.consume();
                }
                return;
            case ESCAPE:
                if (sel != null) {
                    chart.selectedProperty().set(null);
                    e.consume();
                }
                return;
            case PLUS:
            case ADD:
            case EQUALS:
                if (!e.isShortcutDown()) {
                    zoomBy(1.25, Double.NaN, Double.NaN);
                    e.consume();
                }
                return;
            case MINUS:
            case SUBTRACT:
                if (!e.isShortcutDown()) {
                    zoomBy(0.8, Double.NaN, Double.NaN);
                    e.consume();
                }
                return;
            case DIGIT0:
            case NUMPAD0:
                if (!e.isShortcutDown()) {
                    fitToView();
                    e.consume();
                }
                return;
            case PAGE_UP:
            case PAGE_DOWN:
                chart.onYearStep().accept(e.getCode() == KeyCode.PAGE_UP ? -1 : 1);
                e.consume();
                return;
            default:
                return;
        }
        e.consume();
        next.ifPresent(id -> chart.selectedProperty().set(id));
    }

    /** Moves the focus to the next (or previous) control of the window, as Tab does elsewhere. */
    private void leaveChart(boolean backwards) {
        if (chart.getScene() == null) {
            return;
        }
        List<Node> order = new ArrayList<>();
        collectFocusable(chart.getScene().getRoot(), order);
        int i = order.indexOf(chart);
        if (order.size() < 2 || i < 0) {
            return;
        }
        order.get(Math.floorMod(i + (backwards ? -1 : 1), order.size())).requestFocus();
    }

    private void collectFocusable(Node n, List<Node> out) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n.isFocusTraversable()) {
            out.add(n);
        }
        if (n == chart) {
            return;
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectFocusable(c, out);
            }
        }
    }

    private void keyTyped(KeyEvent e) {
        String c = e.getCharacter();
        if (c == null || c.isEmpty() || e.isShortcutDown() || e.isAltDown() || e.isControlDown()) {
            return;
        }
        char ch = c.charAt(0);
        if (Character.isLetter(ch)) {
            chart.onTypeToSearch().accept(c);
            e.consume();
        }
    }

    // ------------------------------------------------------------------------------------------
    // export

    WritableImage snapshot(double factor, Node header, Node footer) {
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
            params.setFill(surfacePaint());
            params.setTransform(new Scale(factor, factor));
            params.setViewport(new Rectangle2D(left * factor, top * factor, width * factor, (bottom - top) * factor));
            return content.snapshot(params, null);
        } finally {
            extras.getChildren().clear();
        }
    }
}
