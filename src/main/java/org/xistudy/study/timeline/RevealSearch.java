package org.xistudy.study.timeline;

import java.util.function.Predicate;

/**
 * Where the view goes to show an event it is asked to reveal: centred on it, or moved the least
 * that brings it, label included, inside the window ({@link TimeWindow#reveal}). An event whose
 * lane is full at this zoom has no row and is not drawn, so while it has none the window zooms in
 * a step around the event and tries again, until the event has a row, the window cannot zoom in
 * any further, or {@link #MAX_STEPS} steps have been taken.
 *
 * <p>Whether an event has a row at a window is the caller's to say: it depends on how many rows
 * its lane gets there, which the view decides from the room on screen.
 */
public final class RevealSearch {
    /** The most zoom steps one reveal takes. */
    public static final int MAX_STEPS = 60;
    /** The room kept either side of a revealed event, as a share of the window. */
    public static final double MARGIN = 0.05;

    private RevealSearch() {
    }

    /**
     * The window that shows an event.
     *
     * @param item the event
     * @param labelWidth its label's width in pixels
     * @param metrics the sizes that shape events
     * @param widthPx the width of the drawing area
     * @param centre whether to centre the event rather than move the window the least
     * @param from the window on screen now
     * @param limits how far the window may move and zoom
     * @param zoomStep how much one step zooms in (above 1)
     * @param placed whether the event has a row at a window
     */
    public static TimeWindow search(TimelineData.Item item, double labelWidth, ItemGeometry.Metrics metrics,
            double widthPx, boolean centre, TimeWindow from, TimeWindow.Limits limits, double zoomStep,
            Predicate<TimeWindow> placed) {
        TimeWindow win = from;
        for (int step = 0; step < MAX_STEPS; step++) {
            double ppd = TimeScale.of(win, widthPx).pixelsPerDay();
            // the event's extent in days at this zoom, its label included
            ItemGeometry g = ItemGeometry.of(item, labelWidth, new TimeScale(0, ppd), metrics,
                    Double.NEGATIVE_INFINITY);
            double left = g.left() / ppd;
            double right = g.right() / ppd;
            boolean hasRow = placed.test(win);
            TimeWindow moved = centre ? win.centredOn(item.centre(), limits) : win.reveal(left, right, MARGIN, limits);
            if (hasRow || win.span() <= limits.minSpan() * 1.0001) {
                return moved;
            }
            double anchor = Math.max(0, Math.min(1, (item.centre() - moved.start()) / moved.span()));
            win = moved.zoom(zoomStep, anchor, limits);
        }
        return win;
    }
}
