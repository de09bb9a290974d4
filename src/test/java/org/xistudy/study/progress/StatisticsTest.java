package org.xistudy.study.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.fsrs.Scheduler;
import org.xistudy.study.fsrs.Settings;
import org.xistudy.study.fsrs.State;

class StatisticsTest {
    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

    private static ReviewEntry entry(String day, String time, int rating, State before) {
        return new ReviewEntry("x", Instant.parse(day + "T" + time + "Z"), rating, before, 1);
    }

    @Test
    void reviewsAreCountedPerStudyDayAndRating() {
        List<ReviewEntry> log = List.of(
                entry("2024-06-10", "09:00:00", 3, State.NEW),
                entry("2024-06-10", "09:05:00", 1, State.REVIEW),
                entry("2024-06-11", "02:00:00", 4, State.REVIEW),   // before 4 a.m.: still the 10th
                entry("2024-06-08", "12:00:00", 2, State.REVIEW),
                entry("2024-05-01", "12:00:00", 3, State.REVIEW));  // outside the window
        List<Statistics.Day> days = Statistics.reviewsPerDay(log, TODAY, 7, ZONE);
        assertEquals(7, days.size());
        assertEquals(LocalDate.of(2024, 6, 4), days.get(0).day());
        Statistics.Day today = days.get(6);
        assertEquals(new Statistics.Day(TODAY, 1, 0, 1, 1), today);
        assertEquals(1, days.get(4).hard());
        assertEquals(4, days.stream().mapToInt(Statistics.Day::total).sum());
    }

    @Test
    void trueRetentionCountsOnlyReviewsOfCardsInReview() {
        List<ReviewEntry> log = List.of(
                entry("2024-06-10", "09:00:00", 1, State.NEW),          // learning: ignored
                entry("2024-06-10", "09:01:00", 1, State.LEARNING),     // ignored
                entry("2024-06-10", "09:02:00", 1, State.RELEARNING),   // ignored
                entry("2024-06-09", "09:00:00", 1, State.REVIEW),
                entry("2024-06-09", "09:01:00", 2, State.REVIEW),
                entry("2024-06-08", "09:00:00", 3, State.REVIEW),
                entry("2024-06-01", "09:00:00", 4, State.REVIEW));
        Statistics.Retention week = Statistics.retention(log, TODAY.minusDays(6), TODAY, ZONE);
        assertEquals(new Statistics.Retention(2, 1), week);
        assertEquals(2.0 / 3, week.rate(), 1e-12);
        assertEquals(new Statistics.Retention(3, 1), Statistics.retention(log, TODAY.minusDays(29), TODAY, ZONE));
        assertTrue(Double.isNaN(Statistics.retention(List.of(), TODAY, TODAY, ZONE).rate()));
    }

    @Test
    void forecastAndStateCountsComeFromTheItems(@TempDir Path dir) throws IOException {
        Scheduler scheduler = new Scheduler(Settings.defaults().withFuzz(false));
        Instant now = Instant.parse("2024-06-10T10:00:00Z");
        try (ProgressStore s = ProgressStore.open(dir).store()) {
            s.review("p", "easy", Rating.EASY, now, scheduler, 0);                             // due in 8 days
            s.review("p", "learning", Rating.GOOD, now, scheduler, 0);                         // due in 10 minutes
            s.review("p", "overdue", Rating.EASY, now.minus(Duration.ofDays(30)), scheduler, 0); // overdue
            s.review("p", "gone", Rating.EASY, now, scheduler, 0);
            s.update("p", List.of("gone"), p -> p.withSuspended(true));
            List<String> keys = List.of("easy", "learning", "overdue", "gone", "new");
            int[] forecast = Statistics.dueForecast(keys, s.pack("p"), now, ZONE, 30);
            int[] expected = new int[30];
            expected[0] = 2;
            expected[8] = 1;
            assertArrayEquals(expected, forecast);
            Map<Statistics.Bucket, Integer> counts = Statistics.countsByState(keys, s.pack("p"));
            assertEquals(Map.of(Statistics.Bucket.NEW, 1, Statistics.Bucket.LEARNING, 1, Statistics.Bucket.REVIEW, 2,
                    Statistics.Bucket.SUSPENDED, 1), counts);
        }
    }

    @Test
    void intervalLabels() {
        assertEquals(new IntervalLabel("1", IntervalLabel.Unit.MINUTES), IntervalLabel.of(Duration.ofSeconds(60)));
        assertEquals(new IntervalLabel("6", IntervalLabel.Unit.MINUTES), IntervalLabel.of(Duration.ofSeconds(330)));
        assertEquals(new IntervalLabel("10", IntervalLabel.Unit.MINUTES), IntervalLabel.of(Duration.ofMinutes(10)));
        assertEquals(new IntervalLabel("5", IntervalLabel.Unit.HOURS), IntervalLabel.of(Duration.ofHours(5)));
        assertEquals(new IntervalLabel("2", IntervalLabel.Unit.DAYS), IntervalLabel.of(Duration.ofDays(2)));
        assertEquals(new IntervalLabel("3", IntervalLabel.Unit.WEEKS), IntervalLabel.of(Duration.ofDays(21)));
        assertEquals(new IntervalLabel("7", IntervalLabel.Unit.WEEKS), IntervalLabel.of(Duration.ofDays(46)));
        assertEquals(new IntervalLabel("5", IntervalLabel.Unit.MONTHS), IntervalLabel.of(Duration.ofDays(163)));
        assertEquals(new IntervalLabel("1.4", IntervalLabel.Unit.YEARS), IntervalLabel.of(Duration.ofDays(498)));
        assertEquals(new IntervalLabel("100", IntervalLabel.Unit.YEARS), IntervalLabel.of(Duration.ofDays(36500)));
        assertEquals(new IntervalLabel("2", IntervalLabel.Unit.YEARS), IntervalLabel.of(Duration.ofDays(731)));
    }
}
