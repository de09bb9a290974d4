package org.xistudy.study.timeline;

/**
 * Discrete zoom levels. Packing labels into rows depends on the zoom, so it is computed once per
 * level rather than once per frame. A level's scale is never larger than any zoom inside the level,
 * and labels that do not overlap at a smaller scale cannot overlap at a larger one (they only move
 * further apart), so a packing made at a level is valid for every zoom in it.
 */
public final class ZoomLevels {
    /** Each level is this factor apart: four levels per doubling. */
    public static final double BASE = Math.pow(2, 0.25);
    private static final double LOG_BASE = Math.log(BASE);

    private ZoomLevels() {
    }

    /** The level that contains a zoom in pixels per day. */
    public static int level(double pixelsPerDay) {
        int k = (int) Math.floor(Math.log(pixelsPerDay) / LOG_BASE);
        // Guard against rounding at the exact boundaries.
        if (pixelsPerDay(k) > pixelsPerDay) {
            k--;
        } else if (pixelsPerDay(k + 1) <= pixelsPerDay) {
            k++;
        }
        return k;
    }

    /** The smallest zoom of a level, in pixels per day. */
    public static double pixelsPerDay(int level) {
        return Math.pow(BASE, level);
    }
}
