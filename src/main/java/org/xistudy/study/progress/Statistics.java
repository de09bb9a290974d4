package org.xistudy.study.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xistudy.study.fsrs.State;

/** Figures for the statistics view, computed from a pack's progress. Pure. */
public final class Statistics {
    private Statistics() {
    }

    /** Reviews on one study day, by rating. */
    public record Day(LocalDate day, int again, int hard, int good, int easy) {
        public int total() {
            return again + hard + good + easy;
        }
    }

    /**
     * How often cards in review were remembered: the share of reviews of cards in the Review
     * state that were not rated Again ("true retention"). Learning steps do not count.
     */
    public record Retention(int passed, int failed) {
        public int total() {
            return passed + failed;
        }

        /** Passed over total, or NaN when there were no such reviews. */
        public double rate() {
            return total() == 0 ? Double.NaN : (double) passed / total();
        }
    }

    /** The buckets of the state chart. */
    public enum Bucket { NEW, LEARNING, REVIEW, SUSPENDED }

    /** Reviews per study day for the {@code days} days ending with {@code today}, oldest first. */
    public static List<Day> reviewsPerDay(List<ReviewEntry> log, LocalDate today, int days, ZoneId zone) {
        int[][] counts = new int[days][4];
        LocalDate first = today.minusDays(days - 1L);
        for (ReviewEntry e : log) {
            long i = ChronoUnit.DAYS.between(first, StudyDay.of(e.at(), zone));
            if (i >= 0 && i < days && e.rating() >= 1 && e.rating() <= 4) {
                counts[(int) i][e.rating() - 1]++;
            }
        }
        List<Day> out = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            out.add(new Day(first.plusDays(i), counts[i][0], counts[i][1], counts[i][2], counts[i][3]));
        }
        return out;
    }

    /** True retention over the study days {@code from} to {@code to}, inclusive. */
    public static Retention retention(List<ReviewEntry> log, LocalDate from, LocalDate to, ZoneId zone) {
        int passed = 0;
        int failed = 0;
        for (ReviewEntry e : log) {
            if (e.before() != State.REVIEW) {
                continue;
            }
            LocalDate d = StudyDay.of(e.at(), zone);
            if (d.isBefore(from) || d.isAfter(to)) {
                continue;
            }
            if (e.rating() == 1) {
                failed++;
            } else {
                passed++;
            }
        }
        return new Retention(passed, failed);
    }

    /**
     * How many studied, unsuspended items fall due on each of the next {@code days} study days,
     * starting with today; overdue items count for today.
     */
    public static int[] dueForecast(Collection<String> keys, PackProgress progress, Instant now, ZoneId zone,
            int days) {
        int[] out = new int[days];
        LocalDate today = StudyDay.of(now, zone);
        for (String key : keys) {
            ItemProgress p = progress.item(key);
            if (p.suspended() || p.card().isNew() || p.card().due() == null) {
                continue;
            }
            long i = Math.max(0, ChronoUnit.DAYS.between(today, StudyDay.of(p.card().due(), zone)));
            if (i < days) {
                out[(int) i]++;
            }
        }
        return out;
    }

    /** How many of the given items are new, learning (or relearning), in review, or suspended. */
    public static Map<Bucket, Integer> countsByState(Collection<String> keys, PackProgress progress) {
        Map<Bucket, Integer> out = new EnumMap<>(Bucket.class);
        for (Bucket b : Bucket.values()) {
            out.put(b, 0);
        }
        for (String key : keys) {
            out.merge(bucketOf(progress.item(key)), 1, Integer::sum);
        }
        return out;
    }

    /** The state bucket of one item. */
    public static Bucket bucketOf(ItemProgress p) {
        if (p.suspended()) {
            return Bucket.SUSPENDED;
        }
        switch (p.card().state()) {
            case NEW:
                return Bucket.NEW;
            case REVIEW:
                return Bucket.REVIEW;
            default:
                return Bucket.LEARNING;
        }
    }
}
