package org.xistudy.study.timeline;

/**
 * Packs the items of one lane into sub-rows so that no two items in a row overlap. Items are placed
 * one at a time in the order given (the timeline gives time order) and each goes to the lowest row
 * whose last item ends, plus a gap, before it starts. An item's row therefore depends only on the
 * items before it: adding a later item never moves an earlier one, and the result is the same every
 * time. Within a row items are disjoint and in increasing order, even when the input order is not
 * the order of their left edges, because an item is only ever placed after a row's last one.
 */
public final class LanePacker {

    /** The row of each item (in input order; -1 when it fitted in none), and how many rows were used. */
    public record Packing(int[] rows, int rowCount) {
        public int row(int item) {
            return rows[item];
        }
    }

    private final double gap;
    private final double[] rowEnd;
    private int used;

    /**
     * A packer for one lane.
     *
     * @param gap the empty space required between neighbours in a row
     * @param maxRows items that fit in none of the first {@code maxRows} rows are not placed
     */
    public LanePacker(double gap, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
        if (!(gap >= 0)) {
            throw new IllegalArgumentException("gap must not be negative");
        }
        this.gap = gap;
        this.rowEnd = new double[maxRows];
    }

    /** Places the next item, spanning {@code [left, right)}; returns its row, or -1 when no row has room. */
    public int place(double left, double right) {
        for (int r = 0; r < used; r++) {
            if (rowEnd[r] + gap <= left) {
                rowEnd[r] = Math.max(left, right);
                return r;
            }
        }
        if (used < rowEnd.length) {
            rowEnd[used] = Math.max(left, right);
            return used++;
        }
        return -1;
    }

    /** How many rows hold at least one item. */
    public int rowCount() {
        return used;
    }

    /** Packs items given by their extents {@code [lefts[i], rights[i])}, in index order. */
    public static Packing pack(double[] lefts, double[] rights, double gap, int maxRows) {
        if (rights.length != lefts.length) {
            throw new IllegalArgumentException("lefts and rights differ in length");
        }
        LanePacker packer = new LanePacker(gap, maxRows);
        int[] rows = new int[lefts.length];
        for (int i = 0; i < lefts.length; i++) {
            rows[i] = packer.place(lefts[i], rights[i]);
        }
        return new Packing(rows, packer.rowCount());
    }

    /**
     * Shares {@code available} rows between lanes that need {@code needed[i]} rows each. Every lane
     * gets at least one row (its heading needs it, even when empty); the rest goes to the lanes that
     * need it, one row at a time round the lanes, so a busy lane cannot starve the others.
     */
    public static int[] allocate(int[] needed, int available) {
        int n = needed.length;
        int[] out = new int[n];
        int left = available;
        for (int i = 0; i < n; i++) {
            out[i] = 1;
            left--;
        }
        boolean grew = true;
        while (left > 0 && grew) {
            grew = false;
            for (int i = 0; i < n && left > 0; i++) {
                if (out[i] < needed[i]) {
                    out[i]++;
                    left--;
                    grew = true;
                }
            }
        }
        return out;
    }
}
