package org.xistudy.study.timeline;

/**
 * The span of time a timeline shows, in day numbers (see {@link TimeScale}): {@code [start, end)}.
 * Independent of pixels, so a window keeps showing the same years when the view is resized.
 */
public record TimeWindow(double start, double end) {

    public TimeWindow {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start)) {
            throw new IllegalArgumentException("bad window [" + start + ", " + end + ")");
        }
    }

    /** How far a window may move and zoom: the content's extent and the smallest and largest spans. */
    public record Limits(double lo, double hi, double minSpan, double maxSpan) {
        public Limits {
            if (!(hi > lo) || !(minSpan > 0) || !(maxSpan >= minSpan)) {
                throw new IllegalArgumentException("bad limits");
            }
        }

        /** Limits around content from {@code lo} to {@code hi}: at most the whole span plus a margin. */
        public static Limits around(double lo, double hi, double minSpan) {
            double span = Math.max(hi - lo, minSpan);
            return new Limits(lo, hi, minSpan, span * (1 + 2 * MARGIN));
        }
    }

    /** The share of the content span the view may show beyond either end. */
    public static final double MARGIN = 0.04;

    public double span() {
        return end - start;
    }

    public double centre() {
        return (start + end) / 2;
    }

    /** Whether {@code [from, to)} lies wholly inside the window. */
    public boolean contains(double from, double to) {
        return from >= start && to <= end;
    }

    /** Whether {@code [from, to)} shares any time with the window. */
    public boolean overlaps(double from, double to) {
        return from < end && to > start;
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping the instant at {@code anchor} (a fraction
     * of the width, 0 = left edge) where it is on screen. The span stays within the limits.
     */
    public TimeWindow zoom(double factor, double anchor, Limits limits) {
        double newSpan = clampSpan(span() / factor, limits);
        double at = start + anchor * span();
        double s = at - anchor * newSpan;
        return new TimeWindow(s, s + newSpan).clampedTo(limits);
    }

    /** Moves the window by {@code days} (positive: later). */
    public TimeWindow pan(double days, Limits limits) {
        return new TimeWindow(start + days, end + days).clampedTo(limits);
    }

    /** The same span, centred on {@code day}. */
    public TimeWindow centredOn(double day, Limits limits) {
        double half = span() / 2;
        return new TimeWindow(day - half, day + half).clampedTo(limits);
    }

    /**
     * The smallest move that brings {@code [from, to)} inside the window with {@code margin} (a
     * fraction of the span) to spare at each side; centred on it when it is far away or too long.
     */
    public TimeWindow reveal(double from, double to, double margin, Limits limits) {
        double pad = span() * margin;
        if (to - from > span() - 2 * pad) {
            return centredOn((from + to) / 2, limits);
        }
        if (from >= start + pad && to <= end - pad) {
            return this;
        }
        if (to < start - span() || from > end + span()) {
            return centredOn((from + to) / 2, limits);
        }
        double shift = from < start + pad ? from - (start + pad) : to - (end - pad);
        return pan(shift, limits);
    }

    /** This window moved and resized as little as possible to respect the limits. */
    public TimeWindow clampedTo(Limits limits) {
        double span = clampSpan(span(), limits);
        double c = centre();
        double s = c - span / 2;
        double slack = (limits.hi() - limits.lo()) * MARGIN;
        double lo = limits.lo() - slack;
        double hi = limits.hi() + slack;
        if (span >= hi - lo) {
            s = (lo + hi) / 2 - span / 2;
        } else if (s < lo) {
            s = lo;
        } else if (s + span > hi) {
            s = hi - span;
        }
        return new TimeWindow(s, s + span);
    }

    private static double clampSpan(double span, Limits limits) {
        return Math.max(limits.minSpan(), Math.min(limits.maxSpan(), span));
    }
}
