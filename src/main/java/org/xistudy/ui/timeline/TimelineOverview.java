package org.xistudy.ui.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import org.xistudy.study.timeline.AxisTicks;
import org.xistudy.study.timeline.TickUnit;
import org.xistudy.study.timeline.TimeScale;
import org.xistudy.study.timeline.TimeWindow;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.ui.timeline.TimelineView.Ink;

/**
 * The whole period in miniature under the timeline: eras, where each lane's events fall, and a
 * frame around the part on screen. Drag the frame to pan, drag its edges to zoom, click elsewhere
 * to jump there, and use the wheel to zoom.
 */
final class TimelineOverview extends Region {
    private static final double EDGE = 7;

    private final TimelineView control;
    private final Canvas canvas = new Canvas();
    private final Region frameRegion = new Region();
    private final Region shadeBefore = new Region();
    private final Region shadeAfter = new Region();
    private final Region selection = new Region();
    private final Label yearProto = new Label("0");

    private boolean dirty = true;
    private TimelineData drawnData;
    private double drawnWidth;
    private double drawnHeight;
    private TimeScale scale;
    private TimeWindow window;

    private enum Drag { NONE, MOVE, START, END }

    private Drag drag = Drag.NONE;
    private double pressX;
    private TimeWindow pressWindow;

    TimelineOverview(TimelineView control) {
        this.control = control;
        getStyleClass().add("timeline-overview");
        frameRegion.getStyleClass().add("overview-window");
        shadeBefore.getStyleClass().add("overview-shade");
        shadeAfter.getStyleClass().add("overview-shade");
        selection.getStyleClass().add("overview-selection");
        yearProto.getStyleClass().add("overview-year");
        yearProto.setVisible(false);
        for (Region r : new Region[] {frameRegion, shadeBefore, shadeAfter, selection, yearProto}) {
            r.setManaged(false);
            r.setMouseTransparent(true);
        }
        canvas.setManaged(false);
        canvas.setMouseTransparent(true);
        getChildren().addAll(canvas, shadeBefore, shadeAfter, selection, frameRegion, yearProto);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(e -> drag = Drag.NONE);
        setOnMouseMoved(this::moved);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** Marks the picture out of date (new data, colours or lanes). */
    void invalidate() {
        dirty = true;
    }

    /** Redraws if needed and moves the frame to the window on screen. */
    void update(TimelineData data, TimeWindow win, int selected, double em) {
        double w = getWidth();
        double h = getHeight();
        if (data == null || w <= 0 || h <= 0) {
            return;
        }
        window = win;
        scale = TimeScale.of(data.extent(), w);
        double top = 0.35 * em;
        double ch = h - top;
        if (dirty || data != drawnData || w != drawnWidth || h != drawnHeight) {
            canvas.setLayoutY(top);
            canvas.setWidth(Math.ceil(w));
            canvas.setHeight(Math.max(1, Math.ceil(ch)));
            draw(data, w, ch, em);
            drawnData = data;
            drawnWidth = w;
            drawnHeight = h;
            dirty = false;
        }
        double x0 = Math.max(0, scale.x(win.start()));
        double x1 = Math.min(w, scale.x(win.end()));
        x1 = Math.max(x1, x0 + 3);
        frameRegion.resizeRelocate(x0 - 1, top, x1 - x0 + 2, ch);
        shadeBefore.resizeRelocate(0, top, x0, ch);
        shadeAfter.resizeRelocate(x1, top, Math.max(0, w - x1), ch);
        if (selected >= 0) {
            TimelineData.Item it = data.item(selected);
            double sx = scale.x(it.range() ? it.start() : it.centre());
            selection.resizeRelocate(sx - 1.5, top, 3, ch);
            selection.setVisible(control.isLaneShown(it.lane()));
        } else {
            selection.setVisible(false);
        }
    }

    private void draw(TimelineData data, double w, double h, double em) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(control.ink(Ink.OVERVIEW_FILL));
        g.fillRect(0, 0, w, h);
        double labelH = 1.25 * em;
        double bandH = h - labelH;
        g.setGlobalAlpha(Math.min(1, control.eraBandOpacity() * 1.6));
        for (TimelineData.EraSpan e : data.eras()) {
            g.setFill(control.ink(Ink.era(e.index())));
            double x0 = scale.x(e.start());
            g.fillRect(x0, 0, scale.x(e.end()) - x0, bandH);
        }
        g.setGlobalAlpha(1);
        List<TimelineData.LaneInfo> lanes = data.lanes();
        long shown = lanes.stream().filter(l -> control.isLaneShown(l.index())).count();
        double rowH = shown == 0 ? 0 : (bandH - 4) / shown;
        double y = 2;
        int buckets = (int) Math.ceil(w / 2);
        for (TimelineData.LaneInfo lane : lanes) {
            if (!control.isLaneShown(lane.index())) {
                continue;
            }
            int[] counts = data.startCounts(lane.index(), scale.day(0), scale.day(buckets * 2.0), buckets);
            g.setFill(control.ink(Ink.lane(lane.index())));
            double mh = Math.max(2, rowH - 2);
            for (int b = 0; b < buckets; b++) {
                if (counts[b] > 0) {
                    g.setGlobalAlpha(Math.min(1, 0.55 + 0.15 * counts[b]));
                    g.fillRect(b * 2.0, y + (rowH - mh) / 2, 2, mh);
                }
            }
            g.setGlobalAlpha(1);
            y += rowH;
        }
        // Decade or year labels along the bottom.
        yearProto.applyCss();
        g.setFont(yearProto.getFont());
        g.setFill(control.ink(Ink.AXIS_INK));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double labelW = 4.2 * yearProto.getFont().getSize();
        AxisTicks ticks = AxisTicks.generate(scale, w, u -> u.field() == TickUnit.Field.YEAR ? labelW : 1e9, 1e9);
        for (AxisTicks.Tick t : ticks.labels()) {
            g.setFill(control.ink(Ink.AXIS_TICK));
            TimelinePainter.vline(g, t.x(), bandH, bandH + labelH * 0.35, 1);
            g.setFill(control.ink(Ink.AXIS_INK));
            g.fillText(Integer.toString(t.date().getYear()), t.x() + 0.25 * em, bandH + labelH * 0.55);
        }
    }

    private Drag hit(double x) {
        if (scale == null || window == null) {
            return Drag.NONE;
        }
        double x0 = scale.x(window.start());
        double x1 = scale.x(window.end());
        if (x1 - x0 > 3 * EDGE) {
            if (Math.abs(x - x0) <= EDGE) {
                return Drag.START;
            }
            if (Math.abs(x - x1) <= EDGE) {
                return Drag.END;
            }
        }
        return x > x0 && x < x1 ? Drag.MOVE : Drag.NONE;
    }

    private void moved(MouseEvent e) {
        Drag d = hit(e.getX());
        setCursor(d == Drag.START || d == Drag.END ? Cursor.H_RESIZE : d == Drag.MOVE ? Cursor.OPEN_HAND
                : Cursor.HAND);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || scale == null || window == null) {
            return;
        }
        control.requestFocus();
        drag = hit(e.getX());
        if (drag == Drag.NONE) {
            // Jump: centre the window on the click, then keep dragging it.
            double day = scale.day(e.getX());
            control.setWindow(new TimeWindow(day - window.span() / 2, day + window.span() / 2));
            drag = Drag.MOVE;
        }
        pressX = e.getX();
        pressWindow = control.getWindow();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (drag == Drag.NONE || pressWindow == null || scale == null) {
            return;
        }
        double days = scale.days(e.getX() - pressX);
        double min = TimelineData.MIN_SPAN_DAYS;
        switch (drag) {
            case MOVE:
                control.setWindow(new TimeWindow(pressWindow.start() + days, pressWindow.end() + days));
                break;
            case START:
                control.setWindow(new TimeWindow(Math.min(pressWindow.start() + days, pressWindow.end() - min),
                        pressWindow.end()));
                break;
            case END:
                control.setWindow(new TimeWindow(pressWindow.start(),
                        Math.max(pressWindow.end() + days, pressWindow.start() + min)));
                break;
            default:
                break;
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (scale == null || window == null || e.getDeltaY() == 0) {
            return;
        }
        double day = scale.day(e.getX());
        double anchor = Math.max(0, Math.min(1, (day - window.start()) / window.span()));
        double notches = e.getMultiplierY() == 0 ? e.getDeltaY() / 40 : e.getDeltaY() / e.getMultiplierY();
        control.zoom(Math.pow(1.25, notches), anchor);
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        // Laid out by update().
    }
}
