package org.xistudy.ui.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import org.xistudy.study.timeline.ItemGeometry;
import org.xistudy.study.timeline.LaneHeights;
import org.xistudy.study.timeline.OpeningFit;
import org.xistudy.study.timeline.RevealSearch;
import org.xistudy.study.timeline.TimeScale;
import org.xistudy.study.timeline.TimeWindow;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.study.timeline.TimelineLayout;
import org.xistudy.study.timeline.ZoomLevels;
import org.xistudy.ui.common.Tips;

/**
 * Draws a {@link TimelineView}. Canvases carry what is not interactive (the axis, the lane
 * backgrounds, era bands, grid lines and the marks of events that have no room at this zoom), painted
 * by a {@link TimelinePainter}; events that are on screen are pooled nodes, so the work per frame
 * follows the screen, not the number of events. The packing into rows comes from {@link
 * TimelineLayout}, cached per zoom level, and the lanes' heights from {@link LaneHeights}. Input is
 * the {@link TimelineBehavior}'s.
 *
 * <p>The skin listens to the control through weak listeners kept in fields, so that the control
 * never keeps a replaced skin alive, and {@link #dispose()} removes the very ones it added, with
 * the behaviour's handlers.
 */
final class TimelineSkin extends SkinBase<TimelineView> {
    private static final int LAYOUT_CACHE = 6;
    private final Canvas axis = new Canvas();
    private final Canvas body = new Canvas();
    private final Pane eraLayer = new Pane();
    private final Pane eventLayer = new Pane();
    private final Pane gutter = new Pane();
    private final Label eraHeading = new Label();
    private final Label overviewHeading = new Label();
    private final TimelineOverview overview;
    private final EventNode prototype = new EventNode();
    private final Label axisProto = new Label("0");
    private final Label contextProto = new Label("0");
    private final Rectangle eventClip = new Rectangle();
    private final Rectangle eraClip = new Rectangle();

    private TimelineData data;
    private TimelineText text;
    private double[] eraLabelWidths;
    private Font measuredFont;
    private double longestLaneWord;
    private final LinkedHashMap<String, TimelineLayout> layouts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TimelineLayout> eldest) {
            return size() > LAYOUT_CACHE;
        }
    };
    private final List<LaneHeader> headers = new ArrayList<>();
    private final List<EraNode> eraNodes = new ArrayList<>();
    private Frame frame;
    // the opening view as last fitted to the labels, for the width and font it was fitted at
    private TimeWindow fittedOpening;
    private double fittedWidth;
    private Font fittedFont;
    private final TimelineEvents events;
    private final TimelinePainter painter;
    private final TimelineBehavior behavior;

    // Listeners kept here, added to the control through the weak wrappers and removed by dispose().
    private final InvalidationListener relayout;
    private final InvalidationListener textChanged;
    private final InvalidationListener redrawn;
    private final WeakInvalidationListener weakRelayout;
    private final WeakInvalidationListener weakTextChanged;
    private final WeakInvalidationListener weakRedrawn;
    private final List<Observable> relayoutSources = new ArrayList<>();
    private final List<Observable> redrawnSources = new ArrayList<>();

    /** The geometry of one frame, in the control's coordinates. */
    record Frame(double em, ItemGeometry.Metrics metrics, double gutterWidth, double axisHeight, double eraTop,
            double eraRowHeight, double eraHeight, double lanesTop, double lanesHeight, double bodyWidth,
            double rowHeight, double padTop, double[] laneTop, double[] laneHeight, int[] laneRows, TimeWindow window,
            TimeScale scale, TimelineLayout layout) {
    }

    TimelineSkin(TimelineView control) {
        super(control);
        overview = new TimelineOverview(control);
        control.getStyleClass().add("timeline");
        axis.getStyleClass().add("timeline-axis");
        body.getStyleClass().add("timeline-body");
        eraLayer.getStyleClass().add("timeline-era-layer");
        eventLayer.getStyleClass().add("timeline-event-layer");
        gutter.getStyleClass().add("timeline-gutter");
        eraHeading.getStyleClass().add("era-heading");
        overviewHeading.getStyleClass().addAll("era-heading", "overview-heading");
        overviewHeading.setWrapText(true);
        axisProto.getStyleClass().add("timeline-axis-label");
        contextProto.getStyleClass().add("timeline-axis-context");
        for (Node n : new Node[] {axis, body, eraLayer, eventLayer, gutter, overview, eraHeading, overviewHeading}) {
            n.setManaged(false);
        }
        for (Node n : new Node[] {prototype, axisProto, contextProto}) {
            n.setManaged(false);
            n.setVisible(false);
        }
        eventLayer.setClip(eventClip);
        eraLayer.setClip(eraClip);
        eventLayer.setPickOnBounds(true);
        eventLayer.getChildren().add(prototype);
        gutter.getChildren().add(eraHeading);
        axis.setMouseTransparent(true);
        body.setMouseTransparent(true);
        getChildren().addAll(body, eraLayer, eventLayer, axis, gutter, overview, overviewHeading, axisProto,
                contextProto);

        events = new TimelineEvents(control, eventLayer, prototype);
        painter = new TimelinePainter(control, axis, body, axisProto, contextProto);
        behavior = new TimelineBehavior(control, eventLayer, eraLayer, () -> frame);

        relayout = o -> control.requestLayout();
        textChanged = o -> {
            events.forgetLabels();
            control.requestLayout();
        };
        redrawn = o -> {
            overview.invalidate();
            control.requestLayout();
        };
        weakRelayout = new WeakInvalidationListener(relayout);
        weakTextChanged = new WeakInvalidationListener(textChanged);
        weakRedrawn = new WeakInvalidationListener(redrawn);
        relayoutSources.addAll(List.of(control.windowProperty(), control.dataProperty(), control.matchesProperty()));
        redrawnSources.add(control.hiddenLanesProperty());
        for (CssMetaData<? extends Styleable, ?> meta : control.getCssMetaData()) {
            if (meta.getProperty().startsWith("-timeline-")) {
                @SuppressWarnings("unchecked")
                CssMetaData<TimelineView, ?> m = (CssMetaData<TimelineView, ?>) meta;
                redrawnSources.add((ObservableValue<?>) m.getStyleableProperty(control));
            }
        }
        relayoutSources.addAll(List.of(prototype.label().fontProperty(), axisProto.fontProperty()));
        relayoutSources.forEach(o -> o.addListener(weakRelayout));
        redrawnSources.forEach(o -> o.addListener(weakRedrawn));
        control.textProperty().addListener(weakTextChanged);
    }

    /** Removes every listener and handler the constructor added, and the style class. */
    @Override
    public void dispose() {
        TimelineView c = getSkinnable();
        if (c == null) {
            return; // disposed already
        }
        behavior.dispose();
        relayoutSources.forEach(o -> o.removeListener(weakRelayout));
        redrawnSources.forEach(o -> o.removeListener(weakRedrawn));
        c.textProperty().removeListener(weakTextChanged);
        c.getStyleClass().remove("timeline");
        super.dispose();
    }

    // ---- sizes ---------------------------------------------------------------------------

    private double em() {
        Font f = prototype.label().getFont();
        return f == null ? 14 : f.getSize();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + 60 * em();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + 36 * em();
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        // the axis, the eras' rows as last laid out, and one row a lane with the least padding
        // (frame() gives way down to it)
        int lanes = data == null ? 3 : Math.max(1, data.lanes().size());
        int eraRows = frame == null ? 1 : frame.layout().eraRowCount();
        double eras = eraRows == 0 ? 0 : eraRows * 1.75 + 0.4;
        double axis = frame == null ? 3.3 : frame.axisHeight() / frame.em();
        return top + bottom + em() * (axis + eras + lanes * 2.25);
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right + 20 * em();
    }

    // ---- per-pack state --------------------------------------------------------------------

    // ---- per-pack state --------------------------------------------------------------------

    private void syncData() {
        TimelineView c = getSkinnable();
        TimelineData d = c.getData();
        TimelineText t = c.textProperty().get();
        if (d == data && t == text && events.labelCount() == (d == null ? 0 : d.items().size())) {
            return;
        }
        data = d;
        text = t;
        layouts.clear();
        measuredFont = null;
        overview.invalidate();
        events.reset(d, t);
        gutter.getChildren().setAll(eraHeading);
        eraLayer.getChildren().clear();
        headers.clear();
        eraNodes.clear();
        if (d == null || t == null) {
            return;
        }
        for (TimelineData.LaneInfo lane : d.lanes()) {
            LaneHeader h = new LaneHeader(lane);
            headers.add(h);
            gutter.getChildren().add(h);
        }
        eraHeading.setText(t.text("timeline.eras"));
        overviewHeading.setText(t.text("timeline.overview"));
        Tips.install(overviewHeading, t.text("timeline.overview.tip"));
        Tips.install(overview, t.text("timeline.overview.tip"));
        for (TimelineData.EraSpan e : d.eras()) {
            int from = TimeScale.dateOf(e.start()).getYear();
            String range = e.open() ? t.text("timeline.era.since", from)
                    : t.text("timeline.era.years", from, TimeScale.dateOf(e.end() - 1).getYear());
            String tip = t.text("timeline.era.tooltip", t.era(e), range, e.summary() == null ? "" : e.summary());
            EraNode node = new EraNode(e, t.era(e), tip.strip());
            eraNodes.add(node);
            eraLayer.getChildren().add(node);
        }
    }

    /** Measures every label with the font CSS gave the labels; again when the text size changes. */
    private void ensureMeasured() {
        Font f = prototype.label().getFont();
        if (data == null || (events.labelWidths() != null && f.equals(measuredFont))) {
            return;
        }
        measuredFont = f;
        layouts.clear();
        events.measure(f);
        eraLabelWidths = new double[eraNodes.size()];
        for (EraNode n : eraNodes) {
            n.applyCss();
            eraLabelWidths[n.era().index()] = n.labelWidth();
        }
        longestLaneWord = 0;
        for (LaneHeader hd : headers) {
            hd.setCompact(false); // the gutter is as wide as the full-size titles need
            hd.applyCss();
            for (String word : hd.title().split("\\s+")) {
                longestLaneWord = Math.max(longestLaneWord, painter.textWidth(hd.titleFont(), word));
            }
        }
        painter.measureAxis(text);
    }

    private TimelineLayout layoutFor(int level, ItemGeometry.Metrics m) {
        boolean[] shown = new boolean[data.lanes().size()];
        StringBuilder key = new StringBuilder().append(level).append(':');
        for (int l = 0; l < shown.length; l++) {
            shown[l] = getSkinnable().isLaneShown(l);
            key.append(shown[l] ? '1' : '0');
        }
        return layouts.computeIfAbsent(key.toString(),
                k -> TimelineLayout.compute(data, events.labelWidths(), eraLabelWidths, level, m, shown));
    }

    // ---- layout --------------------------------------------------------------------------

    private ItemGeometry.Metrics metrics(double em) {
        return new ItemGeometry.Metrics(0.95 * em, 0.4 * em, 0.45 * em, 1.1 * em, 0.3 * em);
    }

    /** Wide enough for the longest word of any lane title, so titles wrap between words. */
    private double gutterWidth(double em) {
        return Math.max(9 * em, Math.min(16 * em, longestLaneWord + 3.2 * em));
    }

    /** Computes the frame for a window: the zoom level's packing and how the height is shared between lanes. */
    private Frame frame(TimeWindow win, double x, double y, double w, double h) {
        double em = em();
        ItemGeometry.Metrics m = metrics(em);
        double gutterW = gutterWidth(em);
        double bodyW = Math.max(1, w - gutterW);
        TimeScale scale = TimeScale.of(win, bodyW);
        // two lines (the year above months, the month above days) or one
        double axisH = painter.ticks(scale, bodyW, em).contextUnit() == null ? 2.4 * em : 3.3 * em;
        TimelineLayout layout = layoutFor(ZoomLevels.level(scale.pixelsPerDay()), m);
        double eraRowH = 1.75 * em;
        double eraH = layout.eraRowCount() == 0 ? 0 : layout.eraRowCount() * eraRowH + 0.4 * em;
        double rowH = 2.05 * em;
        int lanes = data.lanes().size();
        List<Integer> shown = new ArrayList<>();
        for (int l = 0; l < lanes; l++) {
            if (getSkinnable().isLaneShown(l)) {
                shown.add(l);
            }
        }
        LaneHeights.Room room = LaneHeights.room(h - axisH - eraH, shown.size(), rowH, 3.6 * em, 0.35 * em,
                0.75 * em, 0.1 * em);
        // Lanes too low for two lines of their titles get smaller titles (decided from the room alone).
        boolean compact = room.lanesLowerThan(3.7 * em);
        for (LaneHeader hd : headers) {
            hd.setCompact(compact);
        }
        int[] needed = new int[shown.size()];
        double[] minH = new double[shown.size()];
        for (int k = 0; k < needed.length; k++) {
            needed[k] = layout.rowsNeeded(shown.get(k));
            minH[k] = headers.get(shown.get(k)).titleHeight(gutterW);
        }
        LaneHeights heights = LaneHeights.share(room, rowH, needed, minH);
        double[] laneTop = new double[lanes];
        double[] laneH = new double[lanes];
        int[] laneRows = new int[lanes];
        for (int k = 0; k < shown.size(); k++) {
            int l = shown.get(k);
            laneTop[l] = heights.tops()[k];
            laneH[l] = heights.heights()[k];
            laneRows[l] = heights.rows()[k];
        }
        return new Frame(em, m, gutterW, axisH, y + axisH, eraRowH, eraH, y + axisH + eraH, room.lanesHeight(),
                bodyW, rowH, room.padTop(), laneTop, laneH, laneRows, win, scale, layout);
    }

    /**
     * Widens a fresh opening view so that the labels of its events are whole; fits it again when
     * the width or the text size changes while the view is still the fitted opening one.
     */
    private void fitOpening(TimelineView c, double w) {
        double bodyW = Math.max(1, w - gutterWidth(em()));
        boolean fresh = c.takeOpening() != null;
        boolean stale = fittedOpening != null && fittedOpening.equals(c.getWindow())
                && (bodyW != fittedWidth || measuredFont != fittedFont);
        if (!fresh && !stale) {
            return;
        }
        TimeWindow fitted = OpeningFit.fit(data, events.labelWidths(), metrics(em()), bodyW, 0.6 * em(),
                c::isLaneShown);
        fittedOpening = fitted;
        fittedWidth = bodyW;
        fittedFont = measuredFont;
        c.setWindow(fitted);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineView c = getSkinnable();
        syncData();
        if (data == null || text == null || c.getWindow() == null) {
            frame = null;
            setContentVisible(false);
            return;
        }
        setContentVisible(true);
        ensureMeasured();
        fitOpening(c, w);
        TimelineView.Reveal reveal = c.takeReveal();
        if (reveal != null) {
            carryOut(reveal, x, y, w, h);
        }
        Frame f = frame(c.getWindow(), x, y, w, h);
        frame = f;
        double bodyX = x + f.gutterWidth();

        axis.setLayoutX(bodyX);
        axis.setLayoutY(y);
        resizeCanvas(axis, f.bodyWidth(), f.axisHeight());
        body.setLayoutX(bodyX);
        body.setLayoutY(f.eraTop());
        resizeCanvas(body, f.bodyWidth(), f.eraHeight() + f.lanesHeight());
        eraLayer.resizeRelocate(bodyX, f.eraTop(), f.bodyWidth(), f.eraHeight());
        eraClip.setWidth(f.bodyWidth());
        eraClip.setHeight(f.eraHeight());
        eventLayer.resizeRelocate(bodyX, f.lanesTop(), f.bodyWidth(), f.lanesHeight());
        eventClip.setWidth(f.bodyWidth());
        eventClip.setHeight(f.lanesHeight());
        gutter.resizeRelocate(x, y, f.gutterWidth(), f.axisHeight() + f.eraHeight() + f.lanesHeight());
        double overviewH = h - f.axisHeight() - f.eraHeight() - f.lanesHeight();
        overview.setVisible(overviewH >= 1);
        overviewHeading.setVisible(overviewH >= 1);
        overview.resizeRelocate(bodyX, y + h - overviewH, f.bodyWidth(), overviewH);
        double oh = Math.min(overviewH, overviewHeading.prefHeight(f.gutterWidth() - 1.2 * f.em()));
        overviewHeading.resizeRelocate(x + 0.6 * f.em(), y + h - overviewH + (overviewH - oh) / 2,
                f.gutterWidth() - 1.2 * f.em(), oh);

        int[] hidden = events.update(f);
        layoutGutter(f, hidden);
        layoutEras(f);
        painter.paint(f, data, text, hidden, events.shown());
        overview.update(data, f.window(), c.selectedIndex(), f.em());
    }

    private void setContentVisible(boolean visible) {
        for (Node n : new Node[] {axis, body, eraLayer, eventLayer, gutter, overview, overviewHeading}) {
            n.setVisible(visible);
        }
    }

    private static void resizeCanvas(Canvas canvas, double w, double h) {
        double cw = Math.max(1, Math.ceil(w));
        double ch = Math.max(1, Math.ceil(h));
        if (canvas.getWidth() != cw) {
            canvas.setWidth(cw);
        }
        if (canvas.getHeight() != ch) {
            canvas.setHeight(ch);
        }
    }

    /**
     * Brings the event of a reveal into view: centred, or moved the least; zoomed in step by step
     * while it has no room in its lane at this zoom ({@link RevealSearch}).
     */
    private void carryOut(TimelineView.Reveal reveal, double x, double y, double w, double h) {
        TimelineView c = getSkinnable();
        int idx = data.indexOf(reveal.id());
        if (idx < 0 || !c.isLaneShown(data.item(idx).lane())) {
            return;
        }
        TimelineData.Item it = data.item(idx);
        double bodyW = Math.max(1, w - gutterWidth(em()));
        c.setWindow(RevealSearch.search(it, events.labelWidths()[idx], metrics(em()), bodyW, reveal.centre(),
                c.getWindow(), data.limits(), TimelineView.ZOOM_STEP, win -> {
                    Frame f = frame(win, x, y, w, h);
                    int row = f.layout().row(idx);
                    return row >= 0 && row < f.laneRows()[it.lane()];
                }));
    }

    private void layoutGutter(Frame f, int[] hidden) {
        TimelineView c = getSkinnable();
        double pad = 0.6 * f.em();
        if (f.eraHeight() > 0) {
            eraHeading.setVisible(true);
            double hh = Math.min(f.eraHeight(), eraHeading.prefHeight(-1));
            eraHeading.resizeRelocate(pad, f.axisHeight() + (f.eraHeight() - hh) / 2, f.gutterWidth() - 2 * pad, hh);
        } else {
            eraHeading.setVisible(false);
        }
        for (int l = 0; l < headers.size(); l++) {
            LaneHeader hd = headers.get(l);
            boolean shown = c.isLaneShown(l);
            hd.setVisible(shown);
            if (!shown) {
                continue;
            }
            hd.setHidden(hidden[l] > 0 ? text.hidden(hidden[l]) : null, f.gutterWidth(), f.laneHeight()[l]);
            double top = f.axisHeight() + f.eraHeight() + f.laneTop()[l];
            hd.resizeRelocate(0, top, f.gutterWidth(), f.laneHeight()[l]);
        }
    }

    private void layoutEras(Frame f) {
        TimeScale s = f.scale();
        double pad = 0.5 * f.em();
        for (EraNode n : eraNodes) {
            TimelineData.EraSpan e = n.era();
            double x0 = s.x(e.start());
            double x1 = s.x(e.end());
            double room = Math.max(x1, x0 + 2 * pad + eraLabelWidths[e.index()]);
            boolean visible = room > 0 && x0 < f.bodyWidth();
            n.setVisible(visible);
            if (!visible) {
                continue;
            }
            double cx0 = Math.max(-2, x0);
            double cx1 = Math.min(f.bodyWidth() + 2, x1);
            double rowY = 0.2 * f.em() + f.layout().eraRow(e.index()) * f.eraRowHeight();
            n.place(cx0, Math.max(0, cx1 - cx0), room - cx0, rowY, f.eraRowHeight() - 0.25 * f.em(), pad);
        }
    }

    // ---- for the control and tests -----------------------------------------------------------

    /** The node that shows an event now, or null when it is off screen or has no room. */
    EventNode nodeFor(String id) {
        return events.nodeFor(id);
    }

    /** The events that have nodes on screen, in no particular order. */
    List<String> shownIds() {
        return events.shownIds();
    }

    /** How many event nodes exist, shown or pooled (for tests of the culling). */
    int nodeCount() {
        return events.nodeCount();
    }

    Frame currentFrame() {
        return frame;
    }
}
