package org.xistudy.ui.institutions;

import java.util.Set;
import java.util.function.Consumer;
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
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.WritableImage;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.chart.ChartLayout;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.chart.YearGraph;

/**
 * The institution chart: the bodies and people of a graph as they stood in {@link #yearProperty()},
 * laid out by {@link org.xistudy.study.chart.LayeredLayout}. Nodes can be selected by mouse or
 * keyboard (arrows follow edges, Tab cycles, Ctrl+Tab leaves); the view zooms, pans and fits; a
 * year change animates nodes and edges to their new places.
 */
public final class InstitutionChart extends Control {
    private final ObjectProperty<InstitutionGraph> graph = new SimpleObjectProperty<>(this, "graph");
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year", 2000);
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Set<String>> matches = new SimpleObjectProperty<>(this, "matches", Set.of());
    private final ObjectProperty<RelationType> focusType = new SimpleObjectProperty<>(this, "focusType");
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    final ReadOnlyObjectWrapper<ChartLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout", ChartLayout.EMPTY);
    final ReadOnlyBooleanWrapper animating = new ReadOnlyBooleanWrapper(this, "animating");
    final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ChartText text;
    private Consumer<String> onActivate = id -> { };
    private java.util.function.Consumer<String> onTypeToSearch = c -> { };
    private java.util.function.IntConsumer onYearStep = d -> { };

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

    ChartText text() {
        return text;
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

    public ReadOnlyBooleanProperty animatingProperty() {
        return animating.getReadOnlyProperty();
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
    public void setOnTypeToSearch(java.util.function.Consumer<String> action) {
        this.onTypeToSearch = action;
    }

    java.util.function.Consumer<String> onTypeToSearch() {
        return onTypeToSearch;
    }

    /** Called with -1 or +1 when the user asks for the previous or next year from the chart (Page Up, Page Down). */
    public void setOnYearStep(java.util.function.IntConsumer action) {
        this.onYearStep = action;
    }

    java.util.function.IntConsumer onYearStep() {
        return onYearStep;
    }

    private InstitutionChartSkin chartSkin() {
        return getSkin() instanceof InstitutionChartSkin s ? s : null;
    }

    public void zoomIn() {
        if (chartSkin() != null) {
            chartSkin().zoomBy(1.25, Double.NaN, Double.NaN);
        }
    }

    public void zoomOut() {
        if (chartSkin() != null) {
            chartSkin().zoomBy(0.8, Double.NaN, Double.NaN);
        }
    }

    /** Fits the chart of every year to the view, and keeps it fitted as the view resizes. */
    public void fit() {
        if (chartSkin() != null) {
            chartSkin().fitToView();
        }
    }

    /** Pans so that the node is in view, if it is not already. */
    public void reveal(String id) {
        if (chartSkin() != null) {
            chartSkin().reveal(id);
        }
    }

    /** Ends a running transition at once. */
    public void finishTransition() {
        if (chartSkin() != null) {
            chartSkin().finishTransition();
        }
    }

    /**
     * A picture of the whole chart of the year shown, at {@code scale} times its size, with
     * {@code header} above it and {@code footer} (such as a legend) below; either may be null.
     */
    public WritableImage snapshot(double scale, Node header, Node footer) {
        InstitutionChartSkin s = chartSkin();
        if (s == null) {
            throw new IllegalStateException("the chart has no skin yet");
        }
        return s.snapshot(scale, header, footer);
    }

    /** The node views on screen, for tests: id to view. */
    java.util.Map<String, ChartNodeView> nodeViews() {
        return chartSkin() == null ? java.util.Map.of() : chartSkin().nodeViews();
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
