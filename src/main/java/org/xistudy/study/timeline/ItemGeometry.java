package org.xistudy.study.timeline;

/**
 * Where an event's parts go on screen, shared by the packing (which must know how wide an event
 * is, label included) and the drawing (which must put it exactly there).
 *
 * <p>Labels never leave their item's extent, so items that the packing kept apart never overlap,
 * even when labels slide to stay on screen: a label that slides is shortened instead.
 * <p>A point event is a marker in the middle of its span (the middle of the year for a date known
 * only to the year) with its label to the right; a bracket under it shows the span when the date
 * is not known to the day. A range event is a bar over its span with the label inside it, starting
 * at the bar's left end, or sliding right to stay on screen when the bar begins off screen; a
 * label longer than the bar runs past its end.
 *
 * @param left the item's left edge, marker or bar included
 * @param right its right edge, label included
 * @param markerX a point event's marker centre
 * @param barStart a range event's bar start, or a point event's span start
 * @param barEnd a range event's bar end, or a point event's span end
 * @param labelX where the label's text begins
 * @param labelRoom how wide the label may be drawn from there: its full width, or less when it
 *     slid right to stay on screen and must stop where the item ends
 */
public record ItemGeometry(double left, double right, double markerX, double barStart, double barEnd,
        double labelX, double labelRoom) {

    /**
     * Sizes in pixels that shape an item.
     *
     * @param marker a point marker's width
     * @param labelGap between a marker and its label
     * @param labelPad between a bar's ends and its label
     * @param itemGap the empty space kept between items in a row
     * @param minBar the shortest a range bar is drawn
     */
    public record Metrics(double marker, double labelGap, double labelPad, double itemGap, double minBar) {
    }

    /**
     * The geometry of an item at a scale.
     *
     * @param labelWidth the label's width in pixels
     * @param viewLeft the screen's left edge in the same coordinates, for labels that slide to
     *     stay on screen; {@code Double.NEGATIVE_INFINITY} for none
     */
    public static ItemGeometry of(TimelineData.Item item, double labelWidth, TimeScale scale, Metrics m,
            double viewLeft) {
        double sx = scale.x(item.start());
        double ex = scale.x(item.end());
        if (!item.range()) {
            double cx = (sx + ex) / 2;
            double labelX = cx + m.marker() / 2 + m.labelGap();
            double right = Math.max(ex, labelX + labelWidth);
            double room = labelWidth;
            // The marker is off screen to the left: start the label at the edge, shortened.
            if (cx + m.marker() / 2 < viewLeft && labelX < viewLeft + m.labelPad()) {
                double end = labelX + labelWidth;
                labelX = viewLeft + m.labelPad();
                room = Math.max(0, end - labelX);
            }
            return new ItemGeometry(Math.min(sx, cx - m.marker() / 2), right, cx, sx, ex, labelX, room);
        }
        double be = Math.max(ex, sx + m.minBar());
        double right = Math.max(be, sx + m.labelPad() * 2 + labelWidth);
        double labelX = sx + m.labelPad();
        if (viewLeft + m.labelPad() > labelX) {
            labelX = Math.max(labelX, Math.min(viewLeft + m.labelPad(), right - m.labelPad() - labelWidth));
        }
        return new ItemGeometry(sx, right, sx, sx, be, labelX, labelWidth);
    }
}
