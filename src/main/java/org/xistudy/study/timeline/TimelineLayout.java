package org.xistudy.study.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The events of a timeline packed into rows at one zoom level (see {@link ZoomLevels}): each lane's
 * events go into sub-rows so that labels never overlap, and each row keeps a sorted index for
 * finding what is on screen. Eras are packed the same way into the era strip. Panning never
 * changes a layout; only crossing a zoom level, a change of lanes shown, or of label sizes does.
 */
public final class TimelineLayout {
    /** At most this many rows per lane; events that fit in none are counted as hidden. */
    public static final int MAX_ROWS = 24;

    private final TimelineData data;
    private final int level;
    private final double pixelsPerDay;
    private final int[] rows;
    private final int[] rowsNeeded;
    private final RowIndex[][] index;
    private final int[] eraRows;
    private final int eraRowCount;

    private TimelineLayout(TimelineData data, int level, int[] rows, int[] rowsNeeded, RowIndex[][] index,
            int[] eraRows, int eraRowCount) {
        this.data = data;
        this.level = level;
        this.pixelsPerDay = ZoomLevels.pixelsPerDay(level);
        this.rows = rows;
        this.rowsNeeded = rowsNeeded;
        this.index = index;
        this.eraRows = eraRows;
        this.eraRowCount = eraRowCount;
    }

    /**
     * Packs a timeline at a zoom level.
     *
     * @param labelWidths each event's label width in pixels, by time-order index
     * @param eraLabelWidths each era's label width in pixels, by era index
     * @param laneShown which lanes are shown; hidden lanes get no rows
     */
    public static TimelineLayout compute(TimelineData data, double[] labelWidths, double[] eraLabelWidths, int level,
            ItemGeometry.Metrics metrics, boolean[] laneShown) {
        List<TimelineData.Item> items = data.items();
        if (labelWidths.length != items.size() || eraLabelWidths.length != data.eras().size()
                || laneShown.length != data.lanes().size()) {
            throw new IllegalArgumentException("sizes do not match the timeline");
        }
        TimeScale scale = new TimeScale(0, ZoomLevels.pixelsPerDay(level));
        int[] rows = new int[items.size()];
        Arrays.fill(rows, -1);
        int lanes = data.lanes().size();
        int[] needed = new int[lanes];
        RowIndex[][] index = new RowIndex[lanes][];
        for (int l = 0; l < lanes; l++) {
            if (!laneShown[l]) {
                index[l] = new RowIndex[0];
                continue;
            }
            LanePacker packer = new LanePacker(metrics.itemGap(), MAX_ROWS);
            RowIndex[] laneRows = new RowIndex[MAX_ROWS];
            for (int i : data.laneItems(l)) {
                ItemGeometry g = ItemGeometry.of(items.get(i), labelWidths[i], scale, metrics,
                        Double.NEGATIVE_INFINITY);
                int r = packer.place(g.left(), g.right());
                rows[i] = r;
                if (r >= 0) {
                    if (laneRows[r] == null) {
                        laneRows[r] = new RowIndex();
                    }
                    // In days. At any larger zoom the same item takes fewer days (its label keeps its
                    // width in pixels), so a query with the screen's window finds every item on it.
                    laneRows[r].add(scale.day(g.left()), scale.day(g.right()), i);
                }
            }
            needed[l] = packer.rowCount();
            index[l] = Arrays.copyOf(laneRows, packer.rowCount());
        }

        int[] eraRows = new int[data.eras().size()];
        LanePacker eraPacker = new LanePacker(metrics.itemGap(), Math.max(1, eraRows.length));
        for (TimelineData.EraSpan e : data.eras()) {
            double sx = scale.x(e.start());
            double right = Math.max(scale.x(e.end()), sx + metrics.labelPad() * 2 + eraLabelWidths[e.index()]);
            eraRows[e.index()] = eraPacker.place(sx, right);
        }
        return new TimelineLayout(data, level, rows, needed, index, eraRows, eraPacker.rowCount());
    }

    public TimelineData data() {
        return data;
    }

    public int level() {
        return level;
    }

    /** The zoom this layout was packed at; valid for any zoom at least this large. */
    public double pixelsPerDay() {
        return pixelsPerDay;
    }

    /** An event's row in its lane, or -1 when it did not fit (or its lane is hidden). */
    public int row(int item) {
        return rows[item];
    }

    /** How many rows a lane needs to show all the events that fitted. */
    public int rowsNeeded(int lane) {
        return rowsNeeded[lane];
    }

    /** Rows needed by every lane, by lane index. */
    public int[] rowsNeeded() {
        return rowsNeeded.clone();
    }

    /**
     * Passes every event of a lane drawn in its first {@code rowLimit} rows that overlaps the
     * window {@code [from, to)} (days) to {@code out}; returns the number of index entries examined.
     */
    public int visible(int lane, double from, double to, int rowLimit, IntConsumer out) {
        RowIndex[] laneRows = index[lane];
        int examined = 0;
        for (int r = 0; r < Math.min(rowLimit, laneRows.length); r++) {
            examined += laneRows[r].query(from, to, out);
        }
        return examined;
    }

    /** An era's row in the era strip. */
    public int eraRow(int era) {
        return eraRows[era];
    }

    /** How many rows the era strip needs. */
    public int eraRowCount() {
        return eraRowCount;
    }
}
