package org.xistudy.ui.institutions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.chart.ChartLayout;
import org.xistudy.study.chart.ChartViewport;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.chart.YearGraph;

/**
 * The institution chart: the bodies and people of a graph as they stood in {@link #yearProperty()},
 * laid out by {@link org.xistudy.study.chart.LayeredLayout}. Nodes can be selected by mouse or
 * keyboard (arrows follow edges, Tab cycles, Ctrl+Tab leaves); the view zooms, pans and fits; a
 * year change animates nodes and edges to their new places.
 *
 * <p>The control owns its state: what the user sets, and read-only what the skin finds (the
 * layout of the year, whether a transition runs) and where the view is ({@link #viewportProperty()},
 * {@link #viewModeProperty()}); zooming, fitting and revealing change the view here, the skin
 * follows. The colours the skin paints on its canvas are CSS properties of the control
 * ({@code -chart-surface-color}, {@code -chart-band-color}), set from the palette's looked-up
 * colours in its own sheet, {@code institution-chart.css}.
 */
public final class InstitutionChart extends Control {
    private static final String STYLESHEET =
            InstitutionChart.class.getResource("/css/institution-chart.css").toExternalForm();
    private static final StyleablePropertyFactory<InstitutionChart> FACTORY =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    /**
     * What only the skin that draws the chart can do. The skin sets itself here when it is made
     * and takes itself away when it is disposed, so the control asks no skin what class it is.
     */
    interface Drawing {
        /** Ends a running transition at once. */
        void finishTransition();

        /** See {@link InstitutionChart#snapshot}. */
        WritableImage snapshot(double scale, Node header, Node footer);

        /** The node views, id to view. */
        Map<String, ChartNodeView> nodeViews();
    }

    private final StyleableObjectProperty<Paint> surfaceColor = (StyleableObjectProperty<Paint>) FACTORY
            .createStyleablePaintProperty(this, "surfaceColor", "-chart-surface-color", c -> c.surfaceColor,
                    Color.TRANSPARENT);
    private final StyleableObjectProperty<Paint> bandColor = (StyleableObjectProperty<Paint>) FACTORY
            .createStyleablePaintProperty(this, "bandColor", "-chart-band-color", c -> c.bandColor,
                    Color.TRANSPARENT);
    private final ObjectProperty<InstitutionGraph> graph = new SimpleObjectProperty<>(this, "graph");
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year", 2000);
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Set<String>> matches = new SimpleObjectProperty<>(this, "matches", Set.of());
    private final ObjectProperty<RelationType> focusType = new SimpleObjectProperty<>(this, "focusType");
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final ReadOnlyObjectWrapper<ChartLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout", ChartLayout.EMPTY);
    private final ReadOnlyBooleanWrapper animating = new ReadOnlyBooleanWrapper(this, "animating");
    private final ReadOnlyObjectWrapper<ChartViewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport",
            ChartViewport.INITIAL);
    private final ReadOnlyObjectWrapper<ChartViewport.Mode> viewMode = new ReadOnlyObjectWrapper<>(this, "viewMode",
            ChartViewport.Mode.AUTO);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", ChartViewport.INITIAL.zoom());
    private final ChartText text;
    private Consumer<String> onActivate = id -> { };
    private Consumer<String> onTypeToSearch = c -> { };
    private IntConsumer onYearStep = d -> { };
    private Drawing drawing;

    public InstitutionChart(ChartText text) {
        this.text = text;
        getStyleClass().add("institution-chart");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        selected.addListener((obs, o, n) -> notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new InstitutionChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return FACTORY.getCssMetaData();
    }

    /** The CSS properties of this class, as JavaFX expects of a styleable control. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return FACTORY.getCssMetaData();
    }

    ChartText text() {
        return text;
    }

    /** The colour behind the chart ({@code -chart-surface-color}); also the background of an exported picture. */
    public ObjectProperty<Paint> surfaceColorProperty() {
        return surfaceColor;
    }

    public Paint getSurfaceColor() {
        return surfaceColor.get();
    }

    /** The colour of every other layer's band across the chart ({@code -chart-band-color}). */
    public ObjectProperty<Paint> bandColorProperty() {
        return bandColor;
    }

    public Paint getBandColor() {
        return bandColor.get();
    }

    public ObjectProperty<InstitutionGraph> graphProperty() {
        return graph;
    }

    public InstitutionGraph getGraph() {
        return graph.get();
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    /** The id of the selected node, or null. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** Ids to mark as search matches. */
    public ObjectProperty<Set<String>> matchesProperty() {
        return matches;
    }

    /** A relation type whose edges to bring forward (the legend's choice), or null. */
    public ObjectProperty<RelationType> focusTypeProperty() {
        return focusType;
    }

    /** Whether year changes animate. */
    public BooleanProperty animatedProperty() {
        return animated;
    }

    /** The layout of the year shown (the end of the transition while one runs). */
    public ReadOnlyObjectProperty<ChartLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** Sets the layout of the year shown: the skin does, as it lays out the year. */
    void setLayout(ChartLayout l) {
        layout.set(l == null ? ChartLayout.EMPTY : l);
    }

    /** Whether a year change is being animated. */
    public ReadOnlyBooleanProperty animatingProperty() {
        return animating.getReadOnlyProperty();
    }

    /** Says whether a transition runs: the skin does, as it starts and ends one. */
    void setAnimating(boolean on) {
        animating.set(on);
    }

    /** Where the chart is on screen: zoom, pan and the size of the view. */
    public ReadOnlyObjectProperty<ChartViewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public ChartViewport getViewport() {
        return viewport.get();
    }

    /**
     * Places the view, as it is, without changing {@link #viewModeProperty()}: the skin does as it
     * fits the chart and as the view resizes.
     */
    void setViewport(ChartViewport v) {
        viewport.set(v);
        zoom.set(v.zoom());
    }

    /** Shows the view the user moved to: it no longer fits itself. */
    void moveView(ChartViewport v) {
        viewMode.set(ChartViewport.Mode.MANUAL);
        setViewport(v);
    }

    /** Whether the view fits itself to the chart (with a floor for larger text, or not) or stays as the user left it. */
    public ReadOnlyObjectProperty<ChartViewport.Mode> viewModeProperty() {
        return viewMode.getReadOnlyProperty();
    }

    /** Sets how the view is placed: the skin goes back to {@code AUTO} for a new graph or text size. */
    void setViewMode(ChartViewport.Mode mode) {
        viewMode.set(mode);
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** The graph of the year shown, or null without a graph. */
    public YearGraph yearGraph() {
        return graph.get() == null ? null : graph.get().inYear(year.get());
    }

    /** What Enter on a selected node does. */
    public void setOnActivate(Consumer<String> action) {
        this.onActivate = action;
    }

    Consumer<String> onActivate() {
        return onActivate;
    }

    /** Called with the first character when the user starts typing on the chart, to move to the search. */
    public void setOnTypeToSearch(Consumer<String> action) {
        this.onTypeToSearch = action;
    }

    Consumer<String> onTypeToSearch() {
        return onTypeToSearch;
    }

    /** Called with -1 or +1 when the user asks for the previous or next year from the chart (Page Up, Page Down). */
    public void setOnYearStep(IntConsumer action) {
        this.onYearStep = action;
    }

    IntConsumer onYearStep() {
        return onYearStep;
    }

    /** Sets what draws the chart: the skin, as it is made. */
    void setDrawing(Drawing d) {
        drawing = d;
    }

    /** Takes {@code d} away as what draws the chart, if it still is: the skin, as it is disposed. */
    void clearDrawing(Drawing d) {
        if (drawing == d) {
            drawing = null;
        }
    }

    public void zoomIn() {
        zoomBy(1.25, Double.NaN, Double.NaN);
    }

    public void zoomOut() {
        zoomBy(0.8, Double.NaN, Double.NaN);
    }

    /** Zooms by {@code factor} around the view point ({@code cx}, {@code cy}), or the middle of the view for NaN. */
    void zoomBy(double factor, double cx, double cy) {
        ChartViewport v = viewport.get();
        moveView(Double.isNaN(cx) ? v.zoomedBy(factor) : v.zoomedBy(factor, cx, cy));
    }

    /** Fits the chart of every year to the view, and keeps it fitted as the view resizes. */
    public void fit() {
        viewMode.set(ChartViewport.Mode.FIT);
    }

    /** Pans so that the node is in view, if it is not already. */
    public void reveal(String id) {
        viewport.get().revealing(layout.get().nodes().get(id)).ifPresent(this::moveView);
    }

    /** Ends a running transition at once. */
    public void finishTransition() {
        if (drawing != null) {
            drawing.finishTransition();
        }
    }

    /**
     * A picture of the whole chart of the year shown, at {@code scale} times its size, with
     * {@code header} above it and {@code footer} (such as a legend) below; either may be null.
     */
    public WritableImage snapshot(double scale, Node header, Node footer) {
        if (drawing == null) {
            throw new IllegalStateException("the chart has no skin yet");
        }
        return drawing.snapshot(scale, header, footer);
    }

    /** The node views on screen, for tests: id to view. */
    Map<String, ChartNodeView> nodeViews() {
        return drawing == null ? Map.of() : drawing.nodeViews();
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.FOCUS_ITEM) {
            String id = selected.get();
            return id == null ? null : nodeViews().get(id);
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
