package org.xistudy.ui.timeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.xistudy.study.timeline.TimeWindow;
import org.xistudy.study.timeline.TimelineData;

/**
 * An interactive horizontal timeline: lanes as labelled rows, eras as shaded bands, events as
 * markers (points) and bars (spans), an adaptive date axis and an overview of the whole period.
 * The user zooms with the wheel, +/- or the overview, pans by dragging or with Shift+arrows, and
 * steps through events in time with the arrow keys.
 *
 * <p>All layout arithmetic lives in {@code org.xistudy.study.timeline}; the skin only draws. The
 * colours of what the skin paints on its canvases are CSS properties of this control (see
 * {@link Ink}), set from the palette's looked-up colours in {@code timeline.css}.
 */
public final class TimelineView extends Control {

    /** Colours the skin paints with, each a CSS property of the control. */
    public enum Ink {
        LANE_FILL("-timeline-lane-fill"),
        LANE_ALT_FILL("-timeline-lane-alt-fill"),
        LANE_DIVIDER("-timeline-lane-divider"),
        GRID_MINOR("-timeline-grid-minor"),
        GRID_MAJOR("-timeline-grid-major"),
        AXIS_FILL("-timeline-axis-fill"),
        AXIS_INK("-timeline-axis-ink"),
        AXIS_CONTEXT_INK("-timeline-axis-context-ink"),
        AXIS_TICK("-timeline-axis-tick"),
        ERA_LINE("-timeline-era-line"),
        ERA_1("-timeline-era-1"),
        ERA_2("-timeline-era-2"),
        ERA_3("-timeline-era-3"),
        SELECTION("-timeline-selection"),
        SELECTION_INK("-timeline-selection-ink"),
        OVERVIEW_FILL("-timeline-overview-fill"),
        LANE_1("-timeline-lane-1"),
        LANE_2("-timeline-lane-2"),
        LANE_3("-timeline-lane-3"),
        LANE_4("-timeline-lane-4"),
        LANE_5("-timeline-lane-5"),
        LANE_6("-timeline-lane-6");

        /** How many lane colours there are; lanes beyond that reuse them in turn. */
        public static final int LANE_COLOURS = 6;
        /** How many era colours there are. */
        public static final int ERA_COLOURS = 3;

        private final String css;

        Ink(String css) {
            this.css = css;
        }

        public String css() {
            return css;
        }

        /** The colour of a lane by its index. */
        public static Ink lane(int index) {
            return values()[LANE_1.ordinal() + Math.floorMod(index, LANE_COLOURS)];
        }

        /** The colour of an era by its index. */
        public static Ink era(int index) {
            return values()[ERA_1.ordinal() + Math.floorMod(index, ERA_COLOURS)];
        }
    }

    private static final StyleablePropertyFactory<TimelineView> FACTORY =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final Map<Ink, StyleableObjectProperty<Paint>> inks = new EnumMap<>(Ink.class);
    private final StyleableProperty<Number> eraBandOpacity = FACTORY.createStyleableNumberProperty(this,
            "eraBandOpacity", "-timeline-era-band-opacity", v -> v.eraBandOpacity, 0.3);

    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<TimelineText> text = new SimpleObjectProperty<>(this, "text");
    private final ReadOnlyObjectWrapper<TimeWindow> window = new ReadOnlyObjectWrapper<>(this, "window");
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ObjectProperty<Set<String>> hiddenLanes = new SimpleObjectProperty<>(this, "hiddenLanes", Set.of());
    private final ObjectProperty<Set<String>> matches = new SimpleObjectProperty<>(this, "matches", Set.of());
    private final ObjectProperty<EventHandler<ActionEvent>> onOpen = new SimpleObjectProperty<>(this, "onOpen");

    /** A reveal waiting for the skin: the event id, and whether to centre it. */
    record Reveal(String id, boolean centre) {
    }

    private Reveal pendingReveal;
    /** The opening window set and not yet fitted to the labels by the skin, or null. */
    private TimeWindow pendingOpening;

    public TimelineView() {
        getStyleClass().setAll("timeline");
        for (Ink ink : Ink.values()) {
            inks.put(ink, (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(this,
                    camel(ink), ink.css(), v -> v.inks.get(ink), Color.TRANSPARENT));
        }
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        data.addListener((obs, old, now) -> {
            pendingReveal = null;
            openAtLatestEra(now);
            if (now == null || now.indexOf(selectedId.get()) < 0) {
                selectedId.set(null);
            }
        });
        selectedId.addListener((obs, old, now) -> {
            if (now != null && pendingReveal == null) {
                pendingReveal = new Reveal(now, false);
            }
            requestLayout();
            notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
        });
    }

    private static String camel(Ink ink) {
        StringBuilder b = new StringBuilder();
        for (String part : ink.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            b.append(b.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return b.toString();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return FACTORY.getCssMetaData();
    }

    /** The CSS properties of this class, as JavaFX expects of a styleable control. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return FACTORY.getCssMetaData();
    }

    /** A colour of the theme, as CSS set it. */
    public Paint ink(Ink ink) {
        return inks.get(ink).get();
    }

    /** Opacity of the era bands across the lanes. */
    public double eraBandOpacity() {
        return eraBandOpacity.getValue().doubleValue();
    }

    public ObjectProperty<TimelineData> dataProperty() {
        return data;
    }

    public TimelineData getData() {
        return data.get();
    }

    public ObjectProperty<TimelineText> textProperty() {
        return text;
    }

    /** The span of time on screen; it changes as the user zooms and pans. */
    public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public TimeWindow getWindow() {
        return window.get();
    }

    /** Shows a span of time, kept within the content's limits. */
    public void setWindow(TimeWindow w) {
        TimelineData d = data.get();
        if (d != null && w != null) {
            window.set(w.clampedTo(d.limits()));
        }
    }

    /** The selected event's id, or null. Selecting brings the event into view. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public String getSelectedId() {
        return selectedId.get();
    }

    /** The ids of lanes that are not shown. */
    public ObjectProperty<Set<String>> hiddenLanesProperty() {
        return hiddenLanes;
    }

    /** The ids of events that match the search; they are highlighted and the rest dimmed. */
    public ObjectProperty<Set<String>> matchesProperty() {
        return matches;
    }

    /** Called when the user opens the selected event (Enter or a double click). */
    public ObjectProperty<EventHandler<ActionEvent>> onOpenProperty() {
        return onOpen;
    }

    /** Whether a lane is shown. */
    public boolean isLaneShown(int lane) {
        TimelineData d = data.get();
        return d != null && lane >= 0 && lane < d.lanes().size() && !hiddenLanes.get().contains(d.lanes().get(lane).id());
    }

    /** The selected event's time-order index, or -1. */
    int selectedIndex() {
        TimelineData d = data.get();
        return d == null ? -1 : d.indexOf(selectedId.get());
    }

    /** Selects an event and centres it (for "go to event" links); it is zoomed to if it has no room. */
    public void reveal(String id) {
        TimelineData d = data.get();
        if (d == null || d.indexOf(id) < 0) {
            return;
        }
        pendingReveal = new Reveal(id, true);
        if (id.equals(selectedId.get())) {
            requestLayout();
        } else {
            selectedId.set(id);
        }
    }

    /** Takes the reveal the skin should carry out, if any. */
    Reveal takeReveal() {
        Reveal r = pendingReveal;
        pendingReveal = null;
        return r;
    }

    public void zoomIn() {
        zoom(ZOOM_STEP, zoomAnchor());
    }

    public void zoomOut() {
        zoom(1 / ZOOM_STEP, zoomAnchor());
    }

    /** How much one press of + or one notch of the wheel zooms. */
    public static final double ZOOM_STEP = 1.5;

    /** Zooms by {@code factor} around {@code anchor}, a fraction of the width (0 = left edge). */
    public void zoom(double factor, double anchor) {
        TimelineData d = data.get();
        TimeWindow w = window.get();
        if (d != null && w != null) {
            window.set(w.zoom(factor, anchor, d.limits()));
        }
    }

    /** Zooms around the selected event when it is in view, else around the middle. */
    private double zoomAnchor() {
        TimelineData d = data.get();
        TimeWindow w = window.get();
        int sel = selectedIndex();
        if (d != null && w != null && sel >= 0) {
            double c = d.item(sel).range() ? d.item(sel).start() : d.item(sel).centre();
            if (c > w.start() && c < w.end()) {
                return (c - w.start()) / w.span();
            }
        }
        return 0.5;
    }

    /** Moves the view by a fraction of its width (positive: later). */
    public void pan(double fraction) {
        TimelineData d = data.get();
        TimeWindow w = window.get();
        if (d != null && w != null) {
            window.set(w.pan(w.span() * fraction, d.limits()));
        }
    }

    /** Shows every event and era. */
    public void fitAll() {
        if (data.get() != null) {
            window.set(data.get().fitAll());
        }
    }

    /**
     * Shows the opening view: the latest era up to the latest event, widened by the skin at its
     * next layout so that the labels of the events in it are whole ({@code OpeningFit}).
     */
    public void showOpening() {
        if (data.get() != null) {
            openAtLatestEra(data.get());
        }
    }

    private void openAtLatestEra(TimelineData d) {
        TimeWindow w = d == null ? null : d.latestEra();
        window.set(w);
        pendingOpening = w;
        requestLayout();
    }

    /**
     * Takes the opening window the skin should fit to its labels: only while the window is still
     * the one the opening set (a pan, zoom or restored view since then wins), else null.
     */
    TimeWindow takeOpening() {
        TimeWindow w = pendingOpening;
        pendingOpening = null;
        return w != null && w.equals(window.get()) ? w : null;
    }

    /** Selects the next event in time among the shown lanes (the first in view when none is selected). */
    public void selectNext() {
        TimelineData d = data.get();
        if (d == null) {
            return;
        }
        int sel = selectedIndex();
        int next = sel < 0 && window.get() != null ? d.firstFrom(window.get().start(), this::isLaneShown)
                : d.next(sel, this::isLaneShown);
        if (next < 0 && sel < 0) {
            next = d.previous(-1, this::isLaneShown);
        }
        select(next);
    }

    /** Selects the previous event in time among the shown lanes (the last in view when none is selected). */
    public void selectPrevious() {
        TimelineData d = data.get();
        if (d == null) {
            return;
        }
        int sel = selectedIndex();
        int prev;
        if (sel < 0 && window.get() != null) {
            int after = d.firstFrom(window.get().end(), this::isLaneShown);
            prev = d.previous(after, this::isLaneShown);
        } else {
            prev = d.previous(sel, this::isLaneShown);
        }
        select(prev);
    }

    public void selectFirst() {
        TimelineData d = data.get();
        if (d != null) {
            select(d.next(-1, this::isLaneShown));
        }
    }

    public void selectLast() {
        TimelineData d = data.get();
        if (d != null) {
            select(d.previous(-1, this::isLaneShown));
        }
    }

    /** Selects the event closest in time in the next shown lane with events, above ({@code -1}) or below ({@code 1}). */
    public void selectInLane(int direction) {
        TimelineData d = data.get();
        TimeWindow w = window.get();
        if (d == null || w == null) {
            return;
        }
        int sel = selectedIndex();
        int lane = sel >= 0 ? d.item(sel).lane() : direction > 0 ? -1 : d.lanes().size();
        double day = sel >= 0 ? (d.item(sel).range() ? d.item(sel).start() : d.item(sel).centre()) : w.centre();
        for (int l = lane + direction; l >= 0 && l < d.lanes().size(); l += direction) {
            if (isLaneShown(l) && d.laneSize(l) > 0) {
                select(d.nearestInLane(l, day));
                return;
            }
        }
    }

    private void select(int index) {
        TimelineData d = data.get();
        if (d != null && index >= 0) {
            selectedId.set(d.item(index).id());
        }
    }

    /** Fires {@link #onOpenProperty()} for the selected event. */
    void open() {
        EventHandler<ActionEvent> h = onOpen.get();
        if (h != null && selectedId.get() != null) {
            h.handle(new ActionEvent(this, this));
        }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.FOCUS_ITEM && getSkin() instanceof TimelineSkin s) {
            Node n = s.nodeFor(selectedId.get());
            return n != null ? n : this;
        }
        if (attribute == AccessibleAttribute.TEXT) {
            TimelineData d = data.get();
            TimelineText t = text.get();
            int sel = selectedIndex();
            if (d != null && t != null && sel >= 0) {
                return t.describe(d.item(sel));
            }
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
