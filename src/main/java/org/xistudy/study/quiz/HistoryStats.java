package org.xistudy.study.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What the history shows: scores over time, and where the learner is strong or weak. */
public final class HistoryStats {

    /** One attempt on the chart. {@code number} counts attempts from 1. */
    public record Point(int number, long startedAt, double percent, int correct, int total) {
    }

    /** Right answers out of questions asked, for one section or format. */
    public record Share(String key, int correct, int total) {
        public double percent() {
            return total == 0 ? 0 : 100.0 * correct / total;
        }
    }

    private HistoryStats() {
    }

    /** The attempts in time order as chart points. */
    public static List<Point> scores(List<Attempt> attempts) {
        List<Attempt> sorted = new ArrayList<>(attempts);
        sorted.sort(Comparator.comparingLong(Attempt::startedAt));
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Attempt a = sorted.get(i);
            out.add(new Point(i + 1, a.startedAt(), 100.0 * a.score(), a.correct(), a.total()));
        }
        return out;
    }

    /**
     * Right answers per essay section over the given attempts. Sections come in {@code order}
     * (the essay's), then any others; questions without a section are counted under null, last.
     */
    public static List<Share> bySection(List<Attempt> attempts, List<String> order) {
        return breakdown(attempts, Attempt.Result::section, order);
    }

    /** Right answers per question format, in the formats' order. */
    public static List<Share> byFormat(List<Attempt> attempts) {
        List<String> order = new ArrayList<>();
        for (QuestionFormat f : QuestionFormat.values()) {
            order.add(f.name());
        }
        return breakdown(attempts, r -> r.format() == null ? null : r.format().name(), order);
    }

    private static List<Share> breakdown(List<Attempt> attempts, Function<Attempt.Result, String> key,
            List<String> order) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String k : order) {
            counts.put(k, new int[2]);
        }
        int[] none = new int[2];
        for (Attempt a : attempts) {
            for (Attempt.Result r : a.results()) {
                String k = key.apply(r);
                int[] c = k == null ? none : counts.computeIfAbsent(k, x -> new int[2]);
                c[1]++;
                if (r.correct()) {
                    c[0]++;
                }
            }
        }
        List<Share> out = new ArrayList<>();
        counts.forEach((k, c) -> {
            if (c[1] > 0) {
                out.add(new Share(k, c[0], c[1]));
            }
        });
        if (none[1] > 0) {
            out.add(new Share(null, none[0], none[1]));
        }
        return out;
    }

    /**
     * The weakest share with at least {@code minQuestions} questions behind it: the lowest
     * percentage, then the most questions. Empty when none has enough.
     */
    public static Optional<Share> weakest(List<Share> shares, int minQuestions) {
        return shares.stream().filter(s -> s.total() >= minQuestions && s.correct() < s.total())
                .min(Comparator.comparingDouble(Share::percent).thenComparing(Share::total, Comparator.reverseOrder()));
    }

    /** The last {@code n} attempts in time order. */
    public static List<Attempt> latest(List<Attempt> attempts, int n) {
        List<Attempt> sorted = new ArrayList<>(attempts);
        sorted.sort(Comparator.comparingLong(Attempt::startedAt));
        return List.copyOf(sorted.subList(Math.max(0, sorted.size() - n), sorted.size()));
    }
}
