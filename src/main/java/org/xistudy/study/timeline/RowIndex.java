package org.xistudy.study.timeline;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The items of one packed row: disjoint spans in increasing order, so both their starts and their
 * ends are sorted. Finding the items in a window is two binary searches and a walk over the
 * results: O(log n + k), however many items lie off screen.
 */
public final class RowIndex {
    private double[] lefts = new double[8];
    private double[] rights = new double[8];
    private int[] ids = new int[8];
    private int size;

    /** Appends an item; it must start at or after the end of the last one. */
    public void add(double left, double right, int id) {
        if (size > 0 && left < rights[size - 1]) {
            throw new IllegalArgumentException("spans in a row must be disjoint and in order");
        }
        if (size == lefts.length) {
            int n = size * 2;
            lefts = Arrays.copyOf(lefts, n);
            rights = Arrays.copyOf(rights, n);
            ids = Arrays.copyOf(ids, n);
        }
        lefts[size] = left;
        rights[size] = Math.max(left, right);
        ids[size] = id;
        size++;
    }

    public int size() {
        return size;
    }

    /**
     * Passes the id of every item that overlaps {@code [from, to)} to {@code out}, left to right.
     * Returns how many items were examined (for tests of the cost).
     */
    public int query(double from, double to, IntConsumer out) {
        int examined = 0;
        int i = upperBound(rights, size, from);
        for (; i < size && lefts[i] < to; i++) {
            examined++;
            out.accept(ids[i]);
        }
        return examined + 1;
    }

    /** The first index whose value is above {@code key}, among the first {@code n} of a sorted array. */
    static int upperBound(double[] sorted, int n, double key) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index whose value is not below {@code key}, among the first {@code n} of a sorted array. */
    static int lowerBound(double[] sorted, int n, double key) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
