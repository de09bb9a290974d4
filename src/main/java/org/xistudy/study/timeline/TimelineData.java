package org.xistudy.study.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.Era;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Lane;
import org.xistudy.content.model.Pack;

/**
 * A pack's events, lanes and eras in the form the timeline draws: events in time order with their
 * spans as day numbers, per-lane sorted indexes, and navigation in time (next, previous, nearest
 * in another lane) over whichever lanes are shown.
 */
public final class TimelineData {

    /** A timeline row. {@code index} is its position in the pack, which also picks its colour. */
    public record LaneInfo(String id, String title, String summary, int index) {
    }

    /**
     * An event as drawn. {@code index} is its position in time order; {@code start} and {@code end}
     * (exclusive) are day numbers covering every day its dates could mean.
     */
    public record Item(int index, String id, int lane, double start, double end, boolean range,
            PartialDate date, PartialDate endDate, boolean approx, String title, String summary) {
        /** The middle of the span: where a point event's marker sits. */
        public double centre() {
            return (start + end) / 2;
        }

        /** The year the event happened (its start). */
        public int year() {
            return date.year();
        }
    }

    /** An era as drawn; {@code open} when it has no end (it runs to the end of the content). */
    public record EraSpan(String id, String title, String summary, double start, double end, boolean open,
            boolean approx, int index) {
    }

    /** Orders events as the pack index does: by date, then id. */
    public static final Comparator<Event> TIME_ORDER = Comparator.comparing(Event::date).thenComparing(Event::id);

    /** The smallest span the view may zoom to, in days. */
    public static final double MIN_SPAN_DAYS = 21;

    private final List<LaneInfo> lanes;
    private final List<Item> items;
    private final List<EraSpan> eras;
    private final Map<String, Integer> byId = new HashMap<>();
    private final int[][] laneItems;
    private final double[][] laneStarts;
    /** Per lane, position j: the item with the latest end among the lane's first j + 1 items. */
    private final int[][] laneLatestEnding;
    private final double lo;
    private final double hi;
    private final double latestEventEnd;

    /** Builds the timeline of a pack; open eras run to {@code today} or the latest event, whichever is later. */
    public static TimelineData of(Pack pack, LocalDate today) {
        return new TimelineData(pack.lanes(), pack.events(), pack.eras(), today);
    }

    public TimelineData(List<Lane> lanes, List<Event> events, List<Era> eras, LocalDate today) {
        List<LaneInfo> ls = new ArrayList<>();
        Map<String, Integer> laneIndex = new HashMap<>();
        for (Lane l : lanes) {
            laneIndex.put(l.id(), ls.size());
            ls.add(new LaneInfo(l.id(), l.title(), l.summary(), ls.size()));
        }
        // An event in a lane the pack does not list still shows, in a lane named by its id.
        for (Event e : events) {
            if (!laneIndex.containsKey(e.lane())) {
                laneIndex.put(e.lane(), ls.size());
                ls.add(new LaneInfo(e.lane(), e.lane(), null, ls.size()));
            }
        }
        this.lanes = List.copyOf(ls);

        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(TIME_ORDER);
        List<Item> its = new ArrayList<>(sorted.size());
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Event e : sorted) {
            PartialDate last = e.end() == null ? e.date() : e.end();
            double s = TimeScale.startDay(e.date());
            double en = Math.max(s + 1, TimeScale.endDay(last));
            Item it = new Item(its.size(), e.id(), laneIndex.get(e.lane()), s, en, e.end() != null, e.date(),
                    e.end(), e.approx(), e.title(), e.summary());
            its.add(it);
            byId.putIfAbsent(e.id(), it.index());
            min = Math.min(min, s);
            max = Math.max(max, en);
        }
        this.items = List.copyOf(its);
        this.latestEventEnd = its.isEmpty() ? TimeScale.day(today) : max;

        double openEnd = Math.max(latestEventEnd, TimeScale.day(today) + 1);
        List<EraSpan> es = new ArrayList<>();
        for (Era era : eras) {
            double s = TimeScale.startDay(era.start());
            double en = era.end() == null ? Math.max(openEnd, s + 1) : Math.max(s + 1, TimeScale.endDay(era.end()));
            es.add(new EraSpan(era.id(), era.title(), era.summary(), s, en, era.end() == null, era.approx(), es.size()));
            min = Math.min(min, s);
            max = Math.max(max, en);
        }
        this.eras = List.copyOf(es);
        if (!(max > min)) {
            double t = TimeScale.day(today);
            min = t - 365 * 10;
            max = t + 1;
        }
        this.lo = min;
        this.hi = max;

        int nl = this.lanes.size();
        int[] counts = new int[nl];
        for (Item it : items) {
            counts[it.lane()]++;
        }
        laneItems = new int[nl][];
        laneStarts = new double[nl][];
        for (int l = 0; l < nl; l++) {
            laneItems[l] = new int[counts[l]];
            laneStarts[l] = new double[counts[l]];
        }
        int[] fill = new int[nl];
        for (Item it : items) {
            int l = it.lane();
            laneItems[l][fill[l]] = it.index();
            laneStarts[l][fill[l]] = it.start();
            fill[l]++;
        }
        laneLatestEnding = new int[nl][];
        for (int l = 0; l < nl; l++) {
            int[] li = laneItems[l];
            int[] best = new int[li.length];
            for (int j = 0; j < li.length; j++) {
                best[j] = j > 0 && items.get(best[j - 1]).end() >= items.get(li[j]).end() ? best[j - 1] : li[j];
            }
            laneLatestEnding[l] = best;
        }
    }

    public List<LaneInfo> lanes() {
        return lanes;
    }

    /** Events in time order. */
    public List<Item> items() {
        return items;
    }

    public Item item(int index) {
        return items.get(index);
    }

    public List<EraSpan> eras() {
        return eras;
    }

    /** The time-order index of an event, or -1. */
    public int indexOf(String id) {
        Integer i = id == null ? null : byId.get(id);
        return i == null ? -1 : i;
    }

    /** The indexes of a lane's events in time order. */
    public int[] laneItems(int lane) {
        return laneItems[lane].clone();
    }

    /** How many events a lane has. */
    public int laneSize(int lane) {
        return laneItems[lane].length;
    }

    /** How many events of a lane start in {@code [from, to)}; by binary search. */
    public int countStartingIn(int lane, double from, double to) {
        double[] st = laneStarts[lane];
        return Math.max(0, RowIndex.lowerBound(st, st.length, to) - RowIndex.lowerBound(st, st.length, from));
    }

    /**
     * How many events of a lane start in each of {@code buckets} equal parts of {@code [from, to)}:
     * one binary search per bucket, so the cost follows the screen, not the number of events.
     */
    public int[] startCounts(int lane, double from, double to, int buckets) {
        int[] out = new int[Math.max(0, buckets)];
        double[] st = laneStarts[lane];
        if (buckets <= 0 || !(to > from)) {
            return out;
        }
        double step = (to - from) / buckets;
        int prev = RowIndex.lowerBound(st, st.length, from);
        for (int b = 0; b < buckets; b++) {
            int next = RowIndex.lowerBound(st, st.length, b == buckets - 1 ? to : from + (b + 1) * step);
            out[b] = next - prev;
            prev = next;
        }
        return out;
    }

    /** The whole span the view may show: the content plus the margin either side. */
    public TimeWindow extent() {
        double slack = (hi - lo) * TimeWindow.MARGIN;
        return new TimeWindow(lo - slack, hi + slack);
    }

    /** The limits for panning and zooming: all the content, from the earliest to the latest day. */
    public TimeWindow.Limits limits() {
        return TimeWindow.Limits.around(lo, hi, MIN_SPAN_DAYS);
    }

    /** Everything: the first to the last day of all events and eras. */
    public TimeWindow fitAll() {
        double pad = (hi - lo) * 0.02;
        return new TimeWindow(lo - pad, hi + pad).clampedTo(limits());
    }

    /**
     * The opening view: the latest era (the one that starts last) up to the latest event, or all
     * of it when the pack has no eras.
     */
    public TimeWindow latestEra() {
        EraSpan latest = null;
        for (EraSpan e : eras) {
            if (latest == null || e.start() >= latest.start()) {
                latest = e;
            }
        }
        if (latest == null || latest.start() >= latestEventEnd) {
            return fitAll();
        }
        double span = latestEventEnd - latest.start();
        double pad = span * 0.03;
        return new TimeWindow(latest.start() - pad, latestEventEnd + pad).clampedTo(limits());
    }

    /** The era the opening view shows, or null. */
    public EraSpan latestEraSpan() {
        EraSpan latest = null;
        for (EraSpan e : eras) {
            if (latest == null || e.start() >= latest.start()) {
                latest = e;
            }
        }
        return latest;
    }

    /** The event after {@code from} in time order among the shown lanes, or -1. {@code from} -1: the first. */
    public int next(int from, IntPredicate laneShown) {
        int best = -1;
        for (int l = 0; l < laneItems.length; l++) {
            if (!laneShown.test(l)) {
                continue;
            }
            int[] li = laneItems[l];
            int k = upperBound(li, from);
            if (k < li.length && (best < 0 || li[k] < best)) {
                best = li[k];
            }
        }
        return best;
    }

    /** The event before {@code from} in time order among the shown lanes, or -1. {@code from} -1: the last. */
    public int previous(int from, IntPredicate laneShown) {
        int limit = from < 0 ? Integer.MAX_VALUE : from;
        int best = -1;
        for (int l = 0; l < laneItems.length; l++) {
            if (!laneShown.test(l)) {
                continue;
            }
            int[] li = laneItems[l];
            int k = lowerBound(li, limit) - 1;
            if (k >= 0 && li[k] > best) {
                best = li[k];
            }
        }
        return best;
    }

    /** The first event (time order) of the shown lanes that starts at or after {@code day}, or -1. */
    public int firstFrom(double day, IntPredicate laneShown) {
        int best = -1;
        for (int l = 0; l < laneItems.length; l++) {
            if (!laneShown.test(l)) {
                continue;
            }
            int k = RowIndex.lowerBound(laneStarts[l], laneStarts[l].length, day);
            if (k < laneItems[l].length && (best < 0 || laneItems[l][k] < best)) {
                best = laneItems[l][k];
            }
        }
        return best;
    }

    /**
     * The event of a lane closest in time to {@code day}: one whose span contains it, else the one
     * with the smallest gap to it (the earlier on a tie); -1 when the lane is empty. Binary search
     * plus a precomputed running latest end, so it costs O(log n).
     */
    public int nearestInLane(int lane, double day) {
        int[] li = laneItems[lane];
        if (li.length == 0) {
            return -1;
        }
        int k = RowIndex.lowerBound(laneStarts[lane], laneStarts[lane].length, Math.nextUp(day));
        int before = k > 0 ? laneLatestEnding[lane][k - 1] : -1;
        int after = k < li.length ? li[k] : -1;
        if (before < 0) {
            return after;
        }
        if (after < 0) {
            return before;
        }
        double gapBefore = Math.max(0, day - items.get(before).end());
        double gapAfter = items.get(after).start() - day;
        return gapBefore <= gapAfter ? before : after;
    }

    private static int upperBound(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
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

    private static int lowerBound(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
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

    @Override
    public String toString() {
        return "TimelineData[" + items.size() + " events, " + lanes.size() + " lanes, " + eras.size() + " eras, "
                + Arrays.toString(new double[] {lo, hi}) + "]";
    }
}
