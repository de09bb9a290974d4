package org.xistudy.study.timeline;

/**
 * How the height under the axis and the era strip is shared, in pixels: first between the
 * overview strip and the lanes ({@link #room}), then between the lanes ({@link #share}). Every
 * lane keeps at least one row of events and is at least as tall as its title; rows that do not fit
 * come off the busiest lanes, and the height to spare goes to every lane alike.
 *
 * <p>The arrays are indexed by the lanes that are shown, in order, not by lane index.
 *
 * @param rows how many rows of events each lane shows
 * @param heights each lane's height
 * @param tops each lane's top, from the top of the first lane
 */
public record LaneHeights(int[] rows, double[] heights, double[] tops) {

    /**
     * The room the lanes get.
     *
     * @param overviewHeight the overview strip's height; 0 when it gave way to the lanes
     * @param padTop the space above a lane's rows
     * @param padBottom the space below them
     * @param lanesHeight the height the lanes share
     * @param lanes how many lanes share it
     */
    public record Room(double overviewHeight, double padTop, double padBottom, double lanesHeight, int lanes) {

        /** Whether each lane gets less than {@code height} of the room (never, when no lane is shown). */
        public boolean lanesLowerThan(double height) {
            return lanes > 0 && lanesHeight / lanes < height;
        }
    }

    /**
     * Shares the height under the axis and the eras between the overview strip and the lanes. Large
     * text in a low window: first the overview strip gives way, then the lanes' padding shrinks to
     * {@code tightPad}, so that every lane keeps one row of events.
     *
     * @param height the height under the axis and the era strip
     * @param lanes how many lanes are shown
     * @param rowHeight the height of one row of events
     * @param overviewHeight the overview strip's height when there is room for it
     * @param padTop the space above a lane's rows when there is room for it
     * @param padBottom the space below them when there is room for it
     * @param tightPad the space above and below a lane's rows when there is not
     */
    public static Room room(double height, int lanes, double rowHeight, double overviewHeight, double padTop,
            double padBottom, double tightPad) {
        if (height - overviewHeight < lanes * (rowHeight + padTop + padBottom)) {
            overviewHeight = 0;
        }
        if (height - overviewHeight < lanes * (rowHeight + padTop + padBottom)) {
            padTop = tightPad;
            padBottom = tightPad;
        }
        return new Room(overviewHeight, padTop, padBottom, Math.max(0, height - overviewHeight), lanes);
    }

    /**
     * Shares the room between the lanes. Each lane gets one row, then rows go round the lanes that
     * need more ({@link LanePacker#allocate}) while they fit; a lane is never shorter than its
     * title, and rows come off the busiest lanes to make room for titles. When even one row a lane
     * does not fit beside the titles, the titles give up height, all in the same proportion. What
     * is left over is shared equally.
     *
     * @param room the room from {@link #room}
     * @param rowHeight the height of one row of events
     * @param needed the rows each shown lane needs for all its events at this zoom
     * @param minHeights the least height of each shown lane: its title's
     */
    public static LaneHeights share(Room room, double rowHeight, int[] needed, double[] minHeights) {
        int n = room.lanes();
        if (needed.length != n || minHeights.length != n) {
            throw new IllegalArgumentException("one entry a shown lane");
        }
        double padTop = room.padTop();
        double padBottom = room.padBottom();
        double lanesH = room.lanesHeight();
        int[] wanted = new int[n];
        for (int k = 0; k < n; k++) {
            wanted[k] = Math.max(1, needed[k]);
        }
        int available = (int) Math.floor((lanesH - n * (padTop + padBottom)) / rowHeight);
        int[] alloc = LanePacker.allocate(wanted, Math.max(available, n));
        double used = total(alloc, minHeights, rowHeight, padTop + padBottom);
        while (used > lanesH) {
            int busiest = -1;
            for (int k = 0; k < n; k++) {
                if (alloc[k] > 1 && (busiest < 0 || alloc[k] > alloc[busiest])) {
                    busiest = k;
                }
            }
            if (busiest < 0) {
                break;
            }
            alloc[busiest]--;
            used = total(alloc, minHeights, rowHeight, padTop + padBottom);
        }
        // Still too tall (huge text, many lanes): titles give up height, and ellipsize.
        double squeeze = 1;
        if (used > lanesH) {
            double rowsOnly = 0;
            double excess = 0;
            for (int k = 0; k < n; k++) {
                double r = alloc[k] * rowHeight + padTop + padBottom;
                rowsOnly += r;
                excess += Math.max(0, minHeights[k] - r);
            }
            squeeze = excess <= 0 ? 0 : Math.max(0, Math.min(1, (lanesH - rowsOnly) / excess));
            used = lanesH;
        }
        double extra = n == 0 ? 0 : Math.max(0, (lanesH - used) / n);
        double[] heights = new double[n];
        double[] tops = new double[n];
        double y = 0;
        for (int k = 0; k < n; k++) {
            tops[k] = y;
            double r = alloc[k] * rowHeight + padTop + padBottom;
            heights[k] = r + Math.max(0, minHeights[k] - r) * squeeze + extra;
            y += heights[k];
        }
        return new LaneHeights(alloc, heights, tops);
    }

    /** The lanes' total height with these rows, each lane at least its title's height. */
    private static double total(int[] rows, double[] minHeights, double rowHeight, double pads) {
        double sum = 0;
        for (int k = 0; k < rows.length; k++) {
            sum += Math.max(rows[k] * rowHeight + pads, minHeights[k]);
        }
        return sum;
    }
}
