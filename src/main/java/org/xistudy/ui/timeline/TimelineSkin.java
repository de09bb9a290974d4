package org.xistudy.ui.timeline;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.xistudy.study.timeline.AxisTicks;
import org.xistudy.study.timeline.ItemGeometry;
import org.xistudy.study.timeline.LanePacker;
import org.xistudy.study.timeline.OpeningFit;
import org.xistudy.study.timeline.TickUnit;
import org.xistudy.study.timeline.TimeScale;
import org.xistudy.study.timeline.TimeWindow;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.study.timeline.TimelineLayout;
import org.xistudy.study.timeline.ZoomLevels;
import org.xistudy.ui.timeline.TimelineView.Ink;

/**
 * Draws a {@link TimelineView}. Canvases carry what is not interactive (the axis, the lane
 * backgrounds, era bands, grid lines and the marks of events that have no room at this zoom);
 * events that are on screen are pooled nodes, so the work per frame follows the screen, not the
 * number of events. The packing into rows comes from {@link TimelineLayout}, cached per zoom level.
 */
final class TimelineSkin extends SkinBase<TimelineView> {
    private static final int LAYOUT_CACHE = 6;
    /** Bucket width of the marks of hidden events, in pixels. */
    private static final double DENSITY_BUCKET = 4;

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
    private final Text measure = new Text();
    private final Rectangle eventClip = new Rectangle();
    private final Rectangle eraClip = new Rectangle();
    private final Tooltip tooltip = new Tooltip();

    private TimelineData data;
    private TimelineText text;
    private String[] labels = new String[0];
    private String[] descriptions = new String[0];
    private String[] signatures = new String[0];
    private double[] labelWidths;
    private double[] eraLabelWidths;
    private Font measuredFont;
    private Font axisFont;
    private double longestLaneWord;
    private final Map<TickUnit, Double> axisLabelWidths = new HashMap<>();
    private final LinkedHashMap<String, TimelineLayout> layouts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TimelineLayout> eldest) {
            return size() > LAYOUT_CACHE;
        }
    };
    private final List<LaneHeader> headers = new ArrayList<>();
    private final List<EraNode> eraNodes = new ArrayList<>();
    private Map<Integer, EventNode> active = new HashMap<>();
    private final Map<String, ArrayDeque<EventNode>> pool = new HashMap<>();
    private Frame frame;
    // the opening view as last fitted to the labels, for the width and font it was fitted at
    private TimeWindow fittedOpening;
    private double fittedWidth;
    private Font fittedFont;

    private double pressX;
    private TimeWindow pressWindow;
    private boolean dragging;
    // the handlers as objects, so that dispose() removes the same ones (each this::m is a new object)
    private final EventHandler<KeyEvent> onKey = this::keyPressed;
    private final EventHandler<MouseEvent> onPress = this::mousePressed;
    private final EventHandler<MouseEvent> onDrag = this::mouseDragged;
    private final EventHandler<MouseEvent> onRelease = this::mouseReleased;
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<ZoomEvent> onZoom = this::zoomed;

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

        InvalidationListener relayout = o -> control.requestLayout();
        registerInvalidationListener(control.windowProperty(), o -> control.requestLayout());
        registerInvalidationListener(control.dataProperty(), o -> control.requestLayout());
        registerInvalidationListener(control.textProperty(), o -> {
            labels = new String[0];
            control.requestLayout();
        });
        registerInvalidationListener(control.hiddenLanesProperty(), o -> {
            overview.invalidate();
            control.requestLayout();
        });
        registerInvalidationListener(control.matchesProperty(), o -> control.requestLayout());
        control.getCssMetaData().forEach(meta -> {
            @SuppressWarnings("unchecked")
            javafx.css.CssMetaData<TimelineView, ?> m = (javafx.css.CssMetaData<TimelineView, ?>) meta;
            if (m.getProperty().startsWith("-timeline-")) {
                // registered with the skin, so that dispose() removes them with the others
                registerInvalidationListener((javafx.beans.value.ObservableValue<?>) m.getStyleableProperty(control),
                        o -> {
                            overview.invalidate();
                            control.requestLayout();
                        });
            }
        });
        registerInvalidationListener(prototype.label().fontProperty(), relayout::invalidated);
        registerInvalidationListener(axisProto.fontProperty(), relayout::invalidated);

        tooltip.getStyleClass().add("timeline-tooltip");
        control.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
        for (Node layer : new Node[] {eventLayer, eraLayer}) {
            layer.addEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
            layer.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
            layer.addEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        }
        control.addEventHandler(ScrollEvent.SCROLL, onScroll);
        control.addEventHandler(ZoomEvent.ZOOM, onZoom);
    }

    /** Removes the very handlers the constructor added; SkinBase removes the registered listeners. */
    @Override
    public void dispose() {
        TimelineView c = getSkinnable();
        if (c != null) {
            c.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
            c.removeEventHandler(ScrollEvent.SCROLL, onScroll);
            c.removeEventHandler(ZoomEvent.ZOOM, onZoom);
        }
        for (Node layer : new Node[] {eventLayer, eraLayer}) {
            layer.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
            layer.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
            layer.removeEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        }
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

    private void syncData() {
        TimelineView c = getSkinnable();
        TimelineData d = c.getData();
        TimelineText t = c.textProperty().get();
        if (d == data && t == text && labels.length == (d == null ? 0 : d.items().size())) {
            return;
        }
        data = d;
        text = t;
        layouts.clear();
        labelWidths = null;
        measuredFont = null;
        overview.invalidate();
        for (EventNode n : active.values()) {
            n.setVisible(false);
        }
        active.clear();
        pool.clear();
        eventLayer.getChildren().setAll(prototype);
        gutter.getChildren().setAll(eraHeading);
        eraLayer.getChildren().clear();
        headers.clear();
        eraNodes.clear();
        if (d == null || t == null) {
            labels = new String[0];
            return;
        }
        int n = d.items().size();
        labels = new String[n];
        descriptions = new String[n];
        signatures = new String[n];
        for (TimelineData.Item it : d.items()) {
            labels[it.index()] = t.label(it);
            signatures[it.index()] = EventNode.signature(it);
        }
        for (TimelineData.LaneInfo lane : d.lanes()) {
            LaneHeader h = new LaneHeader(lane);
            headers.add(h);
            gutter.getChildren().add(h);
        }
        eraHeading.setText(t.text("timeline.eras"));
        overviewHeading.setText(t.text("timeline.overview"));
        Tooltip.install(overviewHeading, new Tooltip(t.text("timeline.overview.tip")));
        Tooltip.install(overview, new Tooltip(t.text("timeline.overview.tip")));
        for (TimelineData.EraSpan e : d.eras()) {
            int from = TimeScale.dateOf(e.start()).getYear();
            String range = e.open() ? t.text("timeline.era.since", from)
                    : t.text("timeline.era.years", from, TimeScale.dateOf(e.end() - 1).getYear());
            String tip = t.text("timeline.era.tooltip", t.era(e), range, e.summary() == null ? "" : e.summary());
            EraNode node = new EraNode(e, t.era(e), tip.strip());
            node.setOnMouseClicked(ev -> {
                if (ev.getButton() == MouseButton.PRIMARY && !dragging && ev.isStillSincePress()) {
                    showEra(node.era());
                }
            });
            eraNodes.add(node);
            eraLayer.getChildren().add(node);
        }
    }

    /** Zooms to an era, with a little room either side. */
    private void showEra(TimelineData.EraSpan e) {
        double pad = (e.end() - e.start()) * 0.04;
        getSkinnable().setWindow(new TimeWindow(e.start() - pad, e.end() + pad));
    }

    private String description(int i) {
        if (descriptions[i] == null) {
            descriptions[i] = text.describe(data.item(i));
        }
        return descriptions[i];
    }

    /** Measures every label with the font CSS gave the labels; again when the text size changes. */
    private void ensureMeasured() {
        Font f = prototype.label().getFont();
        if (data == null || (labelWidths != null && f.equals(measuredFont))) {
            return;
        }
        measuredFont = f;
        layouts.clear();
        double max = 26 * f.getSize();
        TextWidths widths = new TextWidths(f);
        labelWidths = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            labelWidths[i] = Math.min(max, widths.width(labels[i]));
        }
        measure.setFont(f);
        eraLabelWidths = new double[eraNodes.size()];
        for (EraNode n : eraNodes) {
            n.applyCss();
            eraLabelWidths[n.era().index()] = n.labelWidth();
        }
        longestLaneWord = 0;
        for (LaneHeader hd : headers) {
            hd.setCompact(false); // the gutter is as wide as the full-size titles need
            hd.applyCss();
            measure.setFont(hd.titleFont());
            for (String word : hd.title().split("\\s+")) {
                longestLaneWord = Math.max(longestLaneWord, textWidth(word));
            }
        }
        axisFont = axisProto.getFont();
        measure.setFont(axisFont);
        axisLabelWidths.clear();
        double pad = 1.6 * axisFont.getSize();
        double monthMax = 0;
        for (Month m : Month.values()) {
            monthMax = Math.max(monthMax, textWidth(text.axis(TickUnit.MONTH, LocalDate.of(2000, m, 1))));
        }
        double year = textWidth(text.axis(TickUnit.YEAR, LocalDate.of(2000, 1, 1)));
        double day = textWidth(text.axis(TickUnit.DAY, LocalDate.of(2000, 1, 28)));
        for (TickUnit u : TickUnit.values()) {
            double w = u.field() == TickUnit.Field.YEAR ? year : u.field() == TickUnit.Field.MONTH ? monthMax : day;
            axisLabelWidths.put(u, w + pad);
        }
        measure.setFont(f);
    }

    private double textWidth(String s) {
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private TimelineLayout layoutFor(int level, ItemGeometry.Metrics m) {
        boolean[] shown = new boolean[data.lanes().size()];
        StringBuilder key = new StringBuilder().append(level).append(':');
        for (int l = 0; l < shown.length; l++) {
            shown[l] = getSkinnable().isLaneShown(l);
            key.append(shown[l] ? '1' : '0');
        }
        return layouts.computeIfAbsent(key.toString(),
                k -> TimelineLayout.compute(data, labelWidths, eraLabelWidths, level, m, shown));
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
        double overviewH = 3.6 * em;
        double bodyW = Math.max(1, w - gutterW);
        TimeScale scale = TimeScale.of(win, bodyW);
        // two lines (the year above months, the month above days) or one
        double axisH = ticks(scale, bodyW, em).contextUnit() == null ? 2.4 * em : 3.3 * em;
        TimelineLayout layout = layoutFor(ZoomLevels.level(scale.pixelsPerDay()), m);
        double eraRowH = 1.75 * em;
        double eraH = layout.eraRowCount() == 0 ? 0 : layout.eraRowCount() * eraRowH + 0.4 * em;
        double lanesTop = y + axisH + eraH;
        double rowH = 2.05 * em;
        double padTop = 0.35 * em;
        double padBottom = 0.75 * em;
        int lanes = data.lanes().size();
        List<Integer> shown = new ArrayList<>();
        for (int l = 0; l < lanes; l++) {
            if (getSkinnable().isLaneShown(l)) {
                shown.add(l);
            }
        }
        // Large text in a low window: first the overview strip gives way, then the lanes' padding,
        // so that every lane keeps one row of events.
        if (h - axisH - eraH - overviewH < shown.size() * (rowH + padTop + padBottom)) {
            overviewH = 0;
        }
        if (h - axisH - eraH - overviewH < shown.size() * (rowH + padTop + padBottom)) {
            padTop = 0.1 * em;
            padBottom = 0.1 * em;
        }
        double lanesH = Math.max(0, h - axisH - eraH - overviewH);
        // Lanes too low for two lines of their titles get smaller titles (decided from the room alone).
        boolean compact = !shown.isEmpty() && lanesH / shown.size() < 3.7 * em;
        for (LaneHeader hd : headers) {
            hd.setCompact(compact);
        }
        int[] needed = new int[shown.size()];
        for (int k = 0; k < needed.length; k++) {
            needed[k] = Math.max(1, layout.rowsNeeded(shown.get(k)));
        }
        int available = (int) Math.floor((lanesH - shown.size() * (padTop + padBottom)) / rowH);
        int[] alloc = LanePacker.allocate(needed, Math.max(available, shown.size()));
        // Every lane is at least as tall as its title; rows come off the busiest lanes to make room.
        double[] minH = new double[shown.size()];
        for (int k = 0; k < minH.length; k++) {
            minH[k] = headers.get(shown.get(k)).titleHeight(gutterW);
        }
        double used = laneHeights(alloc, minH, rowH, padTop + padBottom);
        while (used > lanesH) {
            int busiest = -1;
            for (int k = 0; k < alloc.length; k++) {
                if (alloc[k] > 1 && (busiest < 0 || alloc[k] > alloc[busiest])) {
                    busiest = k;
                }
            }
            if (busiest < 0) {
                break;
            }
            alloc[busiest]--;
            used = laneHeights(alloc, minH, rowH, padTop + padBottom);
        }
        // Spare height goes to the lanes, whose rows sit in the middle of them.
        // Still too tall (huge text, many lanes): titles give up height, and ellipsize.
        double squeeze = 1;
        if (used > lanesH) {
            double rowsOnly = 0;
            double excess = 0;
            for (int k = 0; k < alloc.length; k++) {
                double r = alloc[k] * rowH + padTop + padBottom;
                rowsOnly += r;
                excess += Math.max(0, minH[k] - r);
            }
            squeeze = excess <= 0 ? 0 : Math.max(0, Math.min(1, (lanesH - rowsOnly) / excess));
            used = lanesH;
        }
        double extra = shown.isEmpty() ? 0 : Math.max(0, (lanesH - used) / shown.size());
        double[] laneTop = new double[lanes];
        double[] laneH = new double[lanes];
        int[] laneRows = new int[lanes];
        double ly = 0;
        for (int k = 0; k < shown.size(); k++) {
            int l = shown.get(k);
            laneTop[l] = ly;
            laneRows[l] = alloc[k];
            double r = alloc[k] * rowH + padTop + padBottom;
            laneH[l] = r + Math.max(0, minH[k] - r) * squeeze + extra;
            ly += laneH[l];
        }
        return new Frame(em, m, gutterW, axisH, y + axisH, eraRowH, eraH, lanesTop, lanesH, bodyW, rowH,
                padTop, laneTop, laneH, laneRows, win, scale, layout);
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
        TimeWindow fitted = OpeningFit.fit(data, labelWidths, metrics(em()), bodyW, 0.6 * em(), c::isLaneShown);
        fittedOpening = fitted;
        fittedWidth = bodyW;
        fittedFont = measuredFont;
        c.setWindow(fitted);
    }

    private static double laneHeights(int[] rows, double[] minHeights, double rowH, double pads) {
        double sum = 0;
        for (int k = 0; k < rows.length; k++) {
            sum += Math.max(rows[k] * rowH + pads, minHeights[k]);
        }
        return sum;
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

        int[] hidden = updateEvents(f);
        layoutGutter(f, hidden);
        layoutEras(f);
        drawAxis(f);
        drawBody(f, hidden);
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
     * while it has no room in its lane at this zoom.
     */
    private void carryOut(TimelineView.Reveal reveal, double x, double y, double w, double h) {
        TimelineView c = getSkinnable();
        int idx = data.indexOf(reveal.id());
        if (idx < 0 || !c.isLaneShown(data.item(idx).lane())) {
            return;
        }
        TimelineData.Item it = data.item(idx);
        TimeWindow.Limits limits = data.limits();
        TimeWindow win = c.getWindow();
        for (int step = 0; step < 60; step++) {
            Frame f = frame(win, x, y, w, h);
            double ppd = f.scale().pixelsPerDay();
            ItemGeometry g = ItemGeometry.of(it, labelWidths[idx], new TimeScale(0, ppd), f.metrics(),
                    Double.NEGATIVE_INFINITY);
            double from = g.left() / ppd;
            double to = g.right() / ppd;
            int row = f.layout().row(idx);
            boolean placed = row >= 0 && row < f.laneRows()[it.lane()];
            TimeWindow moved = reveal.centre() ? win.centredOn(it.centre(), limits)
                    : win.reveal(from, to, 0.05, limits);
            if (placed || win.span() <= limits.minSpan() * 1.0001) {
                win = moved;
                break;
            }
            double anchor = Math.max(0, Math.min(1, (it.centre() - moved.start()) / moved.span()));
            win = moved.zoom(TimelineView.ZOOM_STEP, anchor, limits);
        }
        c.setWindow(win);
    }

    /** Shows nodes for the events on screen and returns, per lane, how many events in view have none. */
    private int[] updateEvents(Frame f) {
        TimelineView c = getSkinnable();
        TimeWindow win = f.window();
        int lanes = data.lanes().size();
        int sel = c.selectedIndex();
        Set<String> matches = c.matchesProperty().get();
        boolean searching = matches != null;
        int[] hidden = new int[lanes];
        List<Integer> drawn = new ArrayList<>();
        int[] laneFirst = new int[lanes + 1];
        for (int l = 0; l < lanes; l++) {
            laneFirst[l] = drawn.size();
            if (c.isLaneShown(l)) {
                f.layout().visible(l, win.start(), win.end(), f.laneRows()[l], drawn::add);
            }
        }
        laneFirst[lanes] = drawn.size();

        Map<Integer, EventNode> next = new HashMap<>(drawn.size() * 2);
        for (int i : drawn) {
            EventNode n = active.remove(i);
            if (n != null) {
                next.put(i, n);
            }
        }
        for (EventNode n : active.values()) {
            n.setVisible(false);
            pool.computeIfAbsent(n.signature(), k -> new ArrayDeque<>()).push(n);
        }
        active = next;

        TimeScale screen = f.scale();
        for (int l = 0; l < lanes; l++) {
            if (!c.isLaneShown(l)) {
                continue;
            }
            int inView = 0;
            for (int k = laneFirst[l]; k < laneFirst[l + 1]; k++) {
                int i = drawn.get(k);
                TimelineData.Item it = data.item(i);
                if (it.start() >= win.start() && it.start() < win.end()) {
                    inView++;
                }
                EventNode n = active.get(i);
                if (n == null) {
                    n = obtain(it, signatures[i]);
                    n.bind(it, labels[i], description(i));
                    active.put(i, n);
                }
                n.setVisible(true);
                boolean match = searching && matches.contains(it.id());
                n.setState(i == sel, match, searching && !match);
                ItemGeometry g = ItemGeometry.of(it, labelWidths[i], screen, f.metrics(), 0);
                double rowY = rowsTop(f, l) + f.layout().row(i) * f.rowHeight();
                n.place(it, g, rowY, f.rowHeight(), labelWidths[i], f.metrics());
            }
            hidden[l] = Math.max(0, data.countStartingIn(l, win.start(), win.end()) - inView);
        }
        return hidden;
    }

    /**
     * A node for an event: a pooled one with the same style classes when there is one, so that
     * scrolling never restyles nodes; otherwise a new one, styled once.
     */
    /** Where a lane's first row goes: the rows sit in the middle of the lane. */
    private static double rowsTop(Frame f, int lane) {
        double rowsH = f.laneRows()[lane] * f.rowHeight();
        double room = f.laneHeight()[lane] - rowsH;
        return f.laneTop()[lane] + Math.max(f.padTop(), (room - 0.4 * f.em()) / 2);
    }

    private EventNode obtain(TimelineData.Item it, String signature) {
        ArrayDeque<EventNode> same = pool.get(signature);
        if (same != null && !same.isEmpty()) {
            return same.pop();
        }
        EventNode n = new EventNode(it, signature);
        Tooltip.install(n, tooltip);
        n.setOnMouseEntered(e -> tooltip.setText(description(n.item())));
        eventLayer.getChildren().add(n);
        n.applyCss();
        return n;
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

    // ---- drawing ---------------------------------------------------------------------------

    private AxisTicks ticks(Frame f) {
        return ticks(f.scale(), f.bodyWidth(), f.em());
    }

    private AxisTicks ticks(TimeScale scale, double bodyWidth, double em) {
        return AxisTicks.generate(scale, bodyWidth, u -> axisLabelWidths.getOrDefault(u, 60.0), 0.55 * em);
    }

    private void drawAxis(Frame f) {
        TimelineView c = getSkinnable();
        GraphicsContext g = axis.getGraphicsContext2D();
        double w = axis.getWidth();
        double h = axis.getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(c.ink(Ink.AXIS_FILL));
        g.fillRect(0, 0, w, h);
        AxisTicks t = ticks(f);
        double em = f.em();
        double line1 = h * 0.32;
        double line2 = h * 0.70;
        double labelLine = t.context().isEmpty() ? h * 0.55 : line2;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);

        // Second line first: the year above months, the month above days; the leftmost one sticks.
        if (!t.context().isEmpty()) {
            g.setFont(contextProto.getFont());
            g.setFill(c.ink(Ink.AXIS_CONTEXT_INK));
            measure.setFont(contextProto.getFont());
            List<AxisTicks.Tick> ctx = t.context();
            for (int k = 0; k < ctx.size(); k++) {
                String s = text.context(t.contextUnit(), ctx.get(k).date());
                double tw = textWidth(s);
                double lx = Math.max(ctx.get(k).x() + 0.35 * em, 0.35 * em);
                if (k + 1 < ctx.size()) {
                    lx = Math.min(lx, ctx.get(k + 1).x() - tw - 0.8 * em);
                }
                g.fillText(s, lx, line1);
            }
            g.setFill(c.ink(Ink.AXIS_TICK));
            for (AxisTicks.Tick k : ctx) {
                vline(g, k.x(), 0, h, 1);
            }
        }
        g.setFill(c.ink(Ink.AXIS_TICK));
        for (AxisTicks.Tick k : t.minor()) {
            vline(g, k.x(), h - 0.35 * em, h, 1);
        }
        for (AxisTicks.Tick k : t.labels()) {
            vline(g, k.x(), labelLine - 0.55 * em, h, 1);
        }
        g.setFont(axisProto.getFont());
        g.setFill(c.ink(Ink.AXIS_INK));
        measure.setFont(axisProto.getFont());
        for (AxisTicks.Tick k : t.labels()) {
            String s = text.axis(t.labelUnit(), k.date());
            if (k.x() + 0.35 * em + textWidth(s) <= w) {
                g.fillText(s, k.x() + 0.35 * em, labelLine);
            }
        }
        g.setFill(c.ink(Ink.LANE_DIVIDER));
        g.fillRect(0, h - 1, w, 1);

        // The selected event's date, flagged on the axis.
        int sel = c.selectedIndex();
        if (sel >= 0 && c.isLaneShown(data.item(sel).lane())) {
            TimelineData.Item it = data.item(sel);
            double sx = f.scale().x(it.range() ? it.start() : it.centre());
            String s = text.date(it);
            g.setFont(contextProto.getFont());
            measure.setFont(contextProto.getFont());
            double tw = textWidth(s) + 1.0 * em;
            double fh = 1.45 * em;
            double fx = Math.max(0, Math.min(w - tw, sx - tw / 2));
            double fy = labelLine - fh / 2;
            if (sx > -tw && sx < w + tw) {
                g.setFill(c.ink(Ink.SELECTION));
                g.fillRoundRect(fx, fy, tw, fh, 0.5 * em, 0.5 * em);
                g.setFill(c.ink(Ink.SELECTION_INK));
                g.fillText(s, fx + 0.5 * em, labelLine);
            }
        }
    }

    private void drawBody(Frame f, int[] hidden) {
        TimelineView c = getSkinnable();
        GraphicsContext g = body.getGraphicsContext2D();
        double w = body.getWidth();
        double h = body.getHeight();
        double top = f.eraHeight();
        g.clearRect(0, 0, w, h);
        g.setGlobalAlpha(1);
        g.setFill(c.ink(Ink.AXIS_FILL));
        g.fillRect(0, 0, w, top);
        int lanes = data.lanes().size();
        int k = 0;
        for (int l = 0; l < lanes; l++) {
            if (!c.isLaneShown(l)) {
                continue;
            }
            g.setFill(c.ink(k++ % 2 == 0 ? Ink.LANE_FILL : Ink.LANE_ALT_FILL));
            g.fillRect(0, top + f.laneTop()[l], w, f.laneHeight()[l]);
        }
        TimeScale s = f.scale();

        // Era bands across the lanes; overlapping eras show darker where they overlap.
        g.setGlobalAlpha(c.eraBandOpacity());
        for (TimelineData.EraSpan e : data.eras()) {
            double x0 = Math.max(-1, s.x(e.start()));
            double x1 = Math.min(w + 1, s.x(e.end()));
            if (x1 > x0) {
                g.setFill(c.ink(Ink.era(e.index())));
                g.fillRect(x0, top, x1 - x0, h - top);
            }
        }
        g.setGlobalAlpha(1);

        // Lines are thin rectangles: far cheaper than stroked lines in the software pipeline.
        AxisTicks t = ticks(f);
        g.setFill(c.ink(Ink.GRID_MINOR));
        for (AxisTicks.Tick tk : t.minor()) {
            vline(g, tk.x(), 0, h, 1);
        }
        g.setFill(c.ink(Ink.GRID_MAJOR));
        for (AxisTicks.Tick tk : t.labels()) {
            vline(g, tk.x(), 0, h, 1);
        }
        g.setFill(c.ink(Ink.ERA_LINE));
        double dash = 0.3 * f.em();
        for (TimelineData.EraSpan e : data.eras()) {
            for (double d : e.open() ? new double[] {e.start()} : new double[] {e.start(), e.end()}) {
                double px = s.x(d);
                if (px >= 0 && px <= w) {
                    for (double y = top; y < h; y += 2 * dash) {
                        vline(g, px, y, Math.min(h, y + dash), 2);
                    }
                }
            }
        }
        g.setFill(c.ink(Ink.LANE_DIVIDER));
        for (int l = 0; l < lanes; l++) {
            if (c.isLaneShown(l)) {
                g.fillRect(0, Math.round(top + f.laneTop()[l] + f.laneHeight()[l]) - 1, w, 1);
            }
        }

        // Marks for the events in view that have no room at this zoom, along the foot of each lane.
        int buckets = (int) Math.ceil(w / DENSITY_BUCKET);
        for (int l = 0; l < lanes; l++) {
            if (!c.isLaneShown(l) || hidden[l] == 0) {
                continue;
            }
            int[] counts = data.startCounts(l, f.window().start(), s.day(buckets * DENSITY_BUCKET), buckets);
            for (EventNode n : active.values()) {
                TimelineData.Item it = data.item(n.item());
                if (it.lane() == l && it.start() >= f.window().start()) {
                    int b = (int) Math.floor(s.x(it.start()) / DENSITY_BUCKET);
                    if (b >= 0 && b < buckets) {
                        counts[b]--;
                    }
                }
            }
            g.setFill(c.ink(Ink.lane(l)));
            double y1 = top + f.laneTop()[l] + f.laneHeight()[l] - 0.2 * f.em();
            double mh = 0.38 * f.em();
            // Runs of buckets at the same shade are one rectangle: busy lanes stay cheap to draw.
            int b = 0;
            while (b < buckets) {
                int shade = shade(counts[b]);
                int e = b + 1;
                while (e < buckets && shade(counts[e]) == shade) {
                    e++;
                }
                if (shade > 0) {
                    g.setGlobalAlpha(0.3 + 0.23 * shade);
                    g.fillRect(b * DENSITY_BUCKET, y1 - mh, (e - b) * DENSITY_BUCKET - 1, mh);
                }
                b = e;
            }
            g.setGlobalAlpha(1);
        }

        // A guide from the axis down through the lanes at the selected event.
        int sel = c.selectedIndex();
        if (sel >= 0 && c.isLaneShown(data.item(sel).lane())) {
            TimelineData.Item it = data.item(sel);
            g.setFill(c.ink(Ink.SELECTION));
            if (it.range()) {
                g.setGlobalAlpha(0.7);
                vline(g, s.x(it.start()), 0, h, 2);
                vline(g, s.x(it.end()), 0, h, 2);
            } else {
                g.setGlobalAlpha(0.7);
                vline(g, s.x(it.centre()), 0, h, 2);
            }
            g.setGlobalAlpha(1);
        }
    }

    /** How dark to mark a bucket of hidden events: none, one, a few, many. */
    private static int shade(int hiddenCount) {
        return hiddenCount <= 0 ? 0 : hiddenCount == 1 ? 1 : hiddenCount < 5 ? 2 : 3;
    }

    /** A vertical line as a rectangle, on whole pixels. */
    static void vline(GraphicsContext g, double x, double y0, double y1, double width) {
        g.fillRect(Math.round(x - width / 2), y0, width, y1 - y0);
    }

    // ---- input ---------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        TimelineView c = getSkinnable();
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode k = e.getCode();
        boolean shift = e.isShiftDown();
        boolean handled = true;
        switch (k) {
            case LEFT:
            case KP_LEFT:
                if (shift) {
                    c.pan(-0.25);
                } else {
                    c.selectPrevious();
                }
                break;
            case RIGHT:
            case KP_RIGHT:
                if (shift) {
                    c.pan(0.25);
                } else {
                    c.selectNext();
                }
                break;
            case UP:
            case KP_UP:
                c.selectInLane(-1);
                break;
            case DOWN:
            case KP_DOWN:
                c.selectInLane(1);
                break;
            case HOME:
                c.selectFirst();
                break;
            case END:
                c.selectLast();
                break;
            case PAGE_UP:
                c.pan(-0.9);
                break;
            case PAGE_DOWN:
                c.pan(0.9);
                break;
            case PLUS:
            case ADD:
            case EQUALS:
                c.zoomIn();
                break;
            case MINUS:
            case SUBTRACT:
                c.zoomOut();
                break;
            case DIGIT0:
            case NUMPAD0:
                c.fitAll();
                break;
            case ENTER:
                c.open();
                break;
            case ESCAPE:
                handled = c.getSelectedId() != null;
                c.selectedIdProperty().set(null);
                break;
            default:
                handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void mousePressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        getSkinnable().requestFocus();
        pressX = e.getSceneX();
        pressWindow = getSkinnable().getWindow();
        dragging = false;
    }

    private void mouseDragged(MouseEvent e) {
        if (pressWindow == null || frame == null || !e.isPrimaryButtonDown()) {
            return;
        }
        double dx = e.getSceneX() - pressX;
        if (!dragging && Math.abs(dx) < 4) {
            return;
        }
        dragging = true;
        eventLayer.setCursor(Cursor.CLOSED_HAND);
        double days = dx / frame.scale().pixelsPerDay();
        getSkinnable().setWindow(new TimeWindow(pressWindow.start() - days, pressWindow.end() - days));
        e.consume();
    }

    private void mouseReleased(MouseEvent e) {
        eventLayer.setCursor(null);
        boolean wasDrag = dragging;
        pressWindow = null;
        if (wasDrag || e.getButton() != MouseButton.PRIMARY) {
            dragging = false;
            return;
        }
        EventNode n = eventNodeAt(e.getPickResult().getIntersectedNode());
        if (n != null) {
            getSkinnable().selectedIdProperty().set(n.eventId());
            if (e.getClickCount() >= 2) {
                getSkinnable().open();
            }
        }
    }

    private static EventNode eventNodeAt(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof EventNode en) {
                return en;
            }
        }
        return null;
    }

    private void scrolled(ScrollEvent e) {
        if (frame == null || e.getTouchCount() > 1) {
            return;
        }
        TimelineView c = getSkinnable();
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() || Math.abs(dx) > Math.abs(dy)) {
            double px = Math.abs(dx) > Math.abs(dy) ? dx : dy;
            c.pan(-px / frame.bodyWidth());
        } else if (dy != 0) {
            double notches = e.getMultiplierY() == 0 ? dy / 40 : dy / e.getMultiplierY();
            c.zoom(Math.pow(1.25, notches), anchorAt(e.getX()));
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        if (frame != null) {
            getSkinnable().zoom(e.getZoomFactor(), anchorAt(e.getX()));
            e.consume();
        }
    }

    /** A pointer's position (control coordinates) as a fraction of the body's width. */
    private double anchorAt(double x) {
        return Math.max(0, Math.min(1, (x - frame.gutterWidth()) / frame.bodyWidth()));
    }

    // ---- for the control and tests -----------------------------------------------------------

    /** The node that shows an event now, or null when it is off screen or has no room. */
    EventNode nodeFor(String id) {
        if (data == null || id == null) {
            return null;
        }
        EventNode n = active.get(data.indexOf(id));
        return n != null && n.isVisible() ? n : null;
    }

    /** The events that have nodes on screen, in no particular order. */
    List<String> shownIds() {
        List<String> out = new ArrayList<>();
        for (EventNode n : active.values()) {
            if (n.isVisible()) {
                out.add(n.eventId());
            }
        }
        return out;
    }

    /** How many event nodes exist, shown or pooled (for tests of the culling). */
    int nodeCount() {
        return eventLayer.getChildren().size() - 1;
    }

    Frame currentFrame() {
        return frame;
    }
}
