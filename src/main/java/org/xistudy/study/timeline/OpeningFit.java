package org.xistudy.study.timeline;

import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;

/**
 * The opening view fitted to what it shows: from the start of the latest era to the latest event,
 * widened just enough that every event starting in that period is drawn whole, its marker inside
 * the left edge and its label inside the right edge. A plain time window ({@link
 * TimelineData#latestEra()}) cuts the labels of the latest events, which run to the right of
 * their markers, and can put the earliest markers on the edge.
 *
 * <p>Both edges are found by bisection: widening the window to the right only ever moves the
 * items' right edges left on screen, and moving its start earlier only ever moves their left edges
 * right, so each search converges; two rounds settle the interplay between them. The window grows
 * at most to {@link #MAX_GROWTH} times the period, so that one label longer than the screen cannot
 * shrink the whole view to a sliver, and never past what the view may show ({@link
 * TimelineData#extent()}); a label that still does not fit is cut at the edge as anywhere else.
 */
public final class OpeningFit {

    /** The most the window may grow beyond the period it must show, as a multiple of the period. */
    public static final double MAX_GROWTH = 1.6;

    private OpeningFit() {
    }

    /**
     * The fitted opening window, or {@link TimelineData#latestEra()} when there is nothing to fit.
     *
     * @param labelWidths each item's label width in pixels, by item index
     * @param widthPx the width of the drawing area
     * @param marginPx the space kept free at either edge
     * @param laneShown which lanes are drawn
     */
    public static TimeWindow fit(TimelineData data, double[] labelWidths, ItemGeometry.Metrics metrics,
            double widthPx, double marginPx, IntPredicate laneShown) {
        TimeWindow plain = data.latestEra();
        TimelineData.EraSpan era = data.latestEraSpan();
        if (era == null || widthPx <= 4 * marginPx || labelWidths.length != data.items().size()) {
            return plain;
        }
        double from = era.start();
        double to = Double.NEGATIVE_INFINITY;
        for (TimelineData.Item it : data.items()) {
            if (it.start() >= from && laneShown.test(it.lane())) {
                to = Math.max(to, it.end());
            }
        }
        if (to <= from) {
            return plain;
        }
        double period = to - from;
        // within what the view may show at all, so that clamping never moves the fitted window
        TimeWindow extent = data.extent();
        double lowest = Math.max(extent.start(), from - MAX_GROWTH * period / 2);
        double highest = Math.min(extent.end(), to + MAX_GROWTH * period);
        double start = plain.start();
        double end = plain.end();
        for (int round = 0; round < 2; round++) {
            end = Math.max(end, smallestEnd(data, labelWidths, metrics, widthPx, marginPx, laneShown, from, start,
                    end, highest));
            start = Math.min(start, latestStart(data, labelWidths, metrics, widthPx, marginPx, laneShown, from,
                    start, end, lowest));
        }
        return new TimeWindow(start, end).clampedTo(data.limits());
    }

    /** The smallest end, between {@code lo} and {@code hi}, at which no label crosses the right edge. */
    private static double smallestEnd(TimelineData data, double[] widths, ItemGeometry.Metrics m, double widthPx,
            double margin, IntPredicate shown, double from, double start, double lo, double hi) {
        DoubleUnaryOperator over = end -> overflowRight(data, widths, m, widthPx, margin, shown, from, start, end);
        return over.applyAsDouble(lo) <= 0 ? lo : over.applyAsDouble(hi) > 0 ? hi : edge(over, hi, lo);
    }

    /** The latest start, between {@code lo} and {@code hi}, at which no marker crosses the left edge. */
    private static double latestStart(TimelineData data, double[] widths, ItemGeometry.Metrics m, double widthPx,
            double margin, IntPredicate shown, double from, double hi, double end, double lo) {
        DoubleUnaryOperator over = start -> overflowLeft(data, widths, m, widthPx, margin, shown, from, start, end);
        return over.applyAsDouble(hi) <= 0 ? hi : over.applyAsDouble(lo) > 0 ? lo : edge(over, lo, hi);
    }

    /**
     * Bisection between a point where nothing crosses ({@code fits}) and one where something does
     * ({@code cuts}): the point nearest {@code cuts} where nothing crosses yet.
     */
    private static double edge(DoubleUnaryOperator overflow, double fits, double cuts) {
        for (int k = 0; k < 48; k++) {
            double mid = (fits + cuts) / 2;
            if (overflow.applyAsDouble(mid) > 0) {
                cuts = mid;
            } else {
                fits = mid;
            }
        }
        return fits;
    }

    /** How far, in pixels, the furthest item of the period crosses the right edge (negative: room left). */
    static double overflowRight(TimelineData data, double[] widths, ItemGeometry.Metrics m, double widthPx,
            double margin, IntPredicate shown, double from, double start, double end) {
        return worst(data, widths, m, widthPx, shown, from, start, end, g -> g.right() - (widthPx - margin));
    }

    /** How far, in pixels, the earliest item of the period crosses the left edge (negative: room left). */
    static double overflowLeft(TimelineData data, double[] widths, ItemGeometry.Metrics m, double widthPx,
            double margin, IntPredicate shown, double from, double start, double end) {
        return worst(data, widths, m, widthPx, shown, from, start, end, g -> margin - g.left());
    }

    /** The largest of {@code crossing} over the shown items that start in the period, for a window. */
    private static double worst(TimelineData data, double[] widths, ItemGeometry.Metrics m, double widthPx,
            IntPredicate shown, double from, double start, double end, ToDoubleFunction<ItemGeometry> crossing) {
        TimeScale scale = TimeScale.of(new TimeWindow(start, end), widthPx);
        double worst = Double.NEGATIVE_INFINITY;
        for (TimelineData.Item it : data.items()) {
            if (it.start() >= from && shown.test(it.lane())) {
                ItemGeometry g = ItemGeometry.of(it, widths[it.index()], scale, m, Double.NEGATIVE_INFINITY);
                worst = Math.max(worst, crossing.applyAsDouble(g));
            }
        }
        return worst;
    }
}
