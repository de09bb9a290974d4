package org.xistudy.study.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xistudy.study.progress.ReviewEntry;
import org.xistudy.study.progress.StudyDay;
import org.xistudy.study.progress.Statistics;
import org.xistudy.study.quiz.Phrase;

/**
 * The flashcard statistics as a table: one row per study day from the first review to today,
 * with the reviews by grade, how many reviews of known cards were remembered and forgotten, and
 * the true retention of the day and of the 7 and 30 days up to it (blank when there were no
 * reviews of known cards). Computed with the statistics view's own {@link Statistics}.
 */
public final class StatisticsCsv {
    /** At most this many days are listed, ending today. */
    static final int MAX_DAYS = 3660;

    private StatisticsCsv() {
    }

    public static List<List<String>> rows(List<ReviewEntry> log, LocalDate today, ZoneId zone, Phrase.Texts texts) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(texts.text("csv.stats.day"), texts.text("csv.stats.reviews"), texts.text("csv.stats.again"),
                texts.text("csv.stats.hard"), texts.text("csv.stats.good"), texts.text("csv.stats.easy"),
                texts.text("csv.stats.passed"), texts.text("csv.stats.failed"), texts.text("csv.stats.retention"),
                texts.text("csv.stats.retention7"), texts.text("csv.stats.retention30")));
        LocalDate first = null;
        for (ReviewEntry e : log) {
            if (e.at() != null) {
                LocalDate d = StudyDay.of(e.at(), zone);
                first = first == null || d.isBefore(first) ? d : first;
            }
        }
        if (first == null || first.isAfter(today)) {
            return rows;
        }
        int days = (int) Math.min(MAX_DAYS, ChronoUnit.DAYS.between(first, today) + 1);
        for (Statistics.Day d : Statistics.reviewsPerDay(log, today, days, zone)) {
            Statistics.Retention r = Statistics.retention(log, d.day(), d.day(), zone);
            rows.add(List.of(d.day().toString(), Integer.toString(d.total()), Integer.toString(d.again()),
                    Integer.toString(d.hard()), Integer.toString(d.good()), Integer.toString(d.easy()),
                    Integer.toString(r.passed()), Integer.toString(r.failed()), rate(r),
                    rate(Statistics.retention(log, d.day().minusDays(6), d.day(), zone)),
                    rate(Statistics.retention(log, d.day().minusDays(29), d.day(), zone))));
        }
        return rows;
    }

    private static String rate(Statistics.Retention r) {
        return r.total() == 0 ? "" : String.format(Locale.ROOT, "%.3f", r.rate());
    }
}
