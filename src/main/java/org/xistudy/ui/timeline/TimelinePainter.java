package org.xistudy.ui.timeline;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.xistudy.study.timeline.AxisTicks;
import org.xistudy.study.timeline.TickUnit;
import org.xistudy.study.timeline.TimeScale;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.ui.timeline.TimelineView.Ink;

/**
 * Paints the timeline's two canvases for a {@link TimelineSkin.Frame}: the date axis (ticks, their
 * labels, the year or month above them and the selected event's date, flagged) and the body under
 * it (lane backgrounds, era bands, grid lines, era boundaries, the marks of events that have no room
 * at this zoom and a guide at the selected event). The colours are the control's CSS properties
 * ({@link Ink}); the fonts are those CSS gives the axis's prototype labels.
 */
final class TimelinePainter {
    /** Bucket width of the marks of hidden events, in pixels. */
    private static final double DENSITY_BUCKET = 4;

    private final TimelineView control;
    private final Canvas axis;
    private final Canvas body;
    private final Label axisProto;
    private final Label contextProto;
    private final Text measure = new Text();
    private final Map<TickUnit, Double> axisLabelWidths = new HashMap<>();

    /**
     * A painter of two canvases.
     *
     * @param axisProto a hidden label styled as the axis's labels, for their font
     * @param contextProto a hidden label styled as the line above them, for its font
     */
    TimelinePainter(TimelineView control, Canvas axis, Canvas body, Label axisProto, Label contextProto) {
        this.control = control;
        this.axis = axis;
        this.body = body;
        this.axisProto = axisProto;
        this.contextProto = contextProto;
    }

    /** Measures the widest axis label of each tick unit in the axis's font, for {@link #ticks}. */
    void measureAxis(TimelineText text) {
        Font axisFont = axisProto.getFont();
        axisLabelWidths.clear();
        double pad = 1.6 * axisFont.getSize();
        double monthMax = 0;
        for (Month m : Month.values()) {
            monthMax = Math.max(monthMax, textWidth(axisFont, text.axis(TickUnit.MONTH, LocalDate.of(2000, m, 1))));
        }
        double year = textWidth(axisFont, text.axis(TickUnit.YEAR, LocalDate.of(2000, 1, 1)));
        double day = textWidth(axisFont, text.axis(TickUnit.DAY, LocalDate.of(2000, 1, 28)));
        for (TickUnit u : TickUnit.values()) {
            double w = u.field() == TickUnit.Field.YEAR ? year : u.field() == TickUnit.Field.MONTH ? monthMax : day;
            axisLabelWidths.put(u, w + pad);
        }
    }

    /** The width of a string laid out in a font. */
    double textWidth(Font font, String s) {
        measure.setFont(font);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    /** The axis's ticks at a scale, spaced so that their labels (as last measured) do not touch. */
    AxisTicks ticks(TimeScale scale, double bodyWidth, double em) {
        return AxisTicks.generate(scale, bodyWidth, u -> axisLabelWidths.getOrDefault(u, 60.0), 0.55 * em);
    }

    /**
     * Paints both canvases.
     *
     * @param hidden per lane, how many events in view have no node
     * @param shown the event nodes on screen, whose events need no mark of their own
     */
    void paint(TimelineSkin.Frame f, TimelineData data, TimelineText text, int[] hidden, Collection<EventNode> shown) {
        drawAxis(f, data, text);
        drawBody(f, data, hidden, shown);
    }

    private void drawAxis(TimelineSkin.Frame f, TimelineData data, TimelineText text) {
        TimelineView c = control;
        GraphicsContext g = axis.getGraphicsContext2D();
        double w = axis.getWidth();
        double h = axis.getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(c.ink(Ink.AXIS_FILL));
        g.fillRect(0, 0, w, h);
        AxisTicks t = ticks(f.scale(), f.bodyWidth(), f.em());
        double em = f.em();
        double line1 = h * 0.32;
        double line2 = h * 0.70;
        double labelLine = t.context().isEmpty() ? h * 0.55 : line2;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);

        // Second line first: the year above months, the month above days; the leftmost one sticks.
        if (!t.context().isEmpty()) {
            Font font = contextProto.getFont();
            g.setFont(font);
            g.setFill(c.ink(Ink.AXIS_CONTEXT_INK));
            List<AxisTicks.Tick> ctx = t.context();
            for (int k = 0; k < ctx.size(); k++) {
                String s = text.context(t.contextUnit(), ctx.get(k).date());
                double tw = textWidth(font, s);
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
        Font axisFont = axisProto.getFont();
        g.setFont(axisFont);
        g.setFill(c.ink(Ink.AXIS_INK));
        for (AxisTicks.Tick k : t.labels()) {
            String s = text.axis(t.labelUnit(), k.date());
            if (k.x() + 0.35 * em + textWidth(axisFont, s) <= w) {
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
            double tw = textWidth(contextProto.getFont(), s) + 1.0 * em;
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

    private void drawBody(TimelineSkin.Frame f, TimelineData data, int[] hidden, Collection<EventNode> shown) {
        TimelineView c = control;
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
        AxisTicks t = ticks(f.scale(), f.bodyWidth(), f.em());
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

        drawHiddenMarks(g, f, data, hidden, shown, top, w);

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

    /** Marks for the events in view that have no room at this zoom, along the foot of each lane. */
    private void drawHiddenMarks(GraphicsContext g, TimelineSkin.Frame f, TimelineData data, int[] hidden,
            Collection<EventNode> shown, double top, double w) {
        TimeScale s = f.scale();
        int buckets = (int) Math.ceil(w / DENSITY_BUCKET);
        for (int l = 0; l < data.lanes().size(); l++) {
            if (!control.isLaneShown(l) || hidden[l] == 0) {
                continue;
            }
            int[] counts = data.startCounts(l, f.window().start(), s.day(buckets * DENSITY_BUCKET), buckets);
            for (EventNode n : shown) {
                TimelineData.Item it = data.item(n.item());
                if (it.lane() == l && it.start() >= f.window().start()) {
                    int b = (int) Math.floor(s.x(it.start()) / DENSITY_BUCKET);
                    if (b >= 0 && b < buckets) {
                        counts[b]--;
                    }
                }
            }
            g.setFill(control.ink(Ink.lane(l)));
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
    }

    /** How dark to mark a bucket of hidden events: none, one, a few, many. */
    private static int shade(int hiddenCount) {
        return hiddenCount <= 0 ? 0 : hiddenCount == 1 ? 1 : hiddenCount < 5 ? 2 : 3;
    }

    /** A vertical line as a rectangle, on whole pixels. */
    static void vline(GraphicsContext g, double x, double y0, double y1, double width) {
        g.fillRect(Math.round(x - width / 2), y0, width, y1 - y0);
    }
}
