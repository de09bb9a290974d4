package org.xistudy.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour beyond the reference vectors: fuzz, ordering of the buttons, bad settings. */
class SchedulerTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    /** A card in review with a long interval, to fuzz. */
    private static CardState reviewCard(Scheduler s) {
        CardState c = s.review(CardState.fresh(), Rating.EASY, T0, 0);
        for (int i = 0; i < 3; i++) {
            c = s.review(c, Rating.GOOD, c.due(), 0);
        }
        return c;
    }

    @Test
    void fuzzStaysInItsRangeAndFollowsTheSeed() {
        Scheduler plain = new Scheduler(Settings.defaults().withFuzz(false));
        Scheduler fuzzy = new Scheduler(Settings.defaults());
        CardState card = reviewCard(plain);
        Instant now = card.due();
        long exact = Scheduler.elapsedDays(now, plain.review(card, Rating.GOOD, now, 0).due());
        int[] range = fuzzy.fuzzRange(exact);
        assertTrue(exact > 20, "a long interval: " + exact);
        Set<Long> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            long days = Scheduler.elapsedDays(now, fuzzy.review(card, Rating.GOOD, now, seed).due());
            assertTrue(days >= range[0] && days <= range[1], days + " outside " + range[0] + ".." + range[1]);
            seen.add(days);
            assertEquals(days, Scheduler.elapsedDays(now, fuzzy.review(card, Rating.GOOD, now, seed).due()),
                    "the same seed gives the same interval");
        }
        assertTrue(seen.size() > 20, "fuzz spreads intervals: " + seen);
    }

    @Test
    void everyDayOfASmallFuzzRangeIsReachable() {
        Scheduler plain = new Scheduler(Settings.defaults().withFuzz(false));
        Scheduler fuzzy = new Scheduler(Settings.defaults());
        CardState c = plain.review(CardState.fresh(), Rating.GOOD, T0);
        c = plain.review(c, Rating.GOOD, c.due());
        Instant now = c.due();
        long exact = Scheduler.elapsedDays(now, plain.review(c, Rating.GOOD, now).due());
        assertEquals(11, exact);
        int[] range = fuzzy.fuzzRange(exact);
        assertEquals(9, range[0]);
        assertEquals(13, range[1]);
        Set<Long> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            seen.add(Scheduler.elapsedDays(now, fuzzy.review(c, Rating.GOOD, now, seed).due()));
        }
        assertEquals(Set.of(9L, 10L, 11L, 12L, 13L), seen);
    }

    @Test
    void previewAgreesWithTheReview() {
        Scheduler fuzzy = new Scheduler(Settings.defaults());
        CardState card = reviewCard(fuzzy);
        var preview = fuzzy.preview(card, card.due(), 42);
        for (Rating r : Rating.values()) {
            assertEquals(preview.get(r), fuzzy.review(card, r, card.due(), 42));
        }
    }

    @Test
    void shortIntervalsAreNotFuzzed() {
        Scheduler fuzzy = new Scheduler(Settings.defaults());
        CardState first = fuzzy.review(CardState.fresh(), Rating.GOOD, T0, 1);
        assertEquals(Duration.ofMinutes(10), Duration.between(T0, first.due()));
        CardState graduated = fuzzy.review(first, Rating.GOOD, first.due(), 1);
        assertEquals(2, Scheduler.elapsedDays(graduated.lastReview(), graduated.due()));
    }

    @Test
    void reviewButtonsAreInOrder() {
        Scheduler s = new Scheduler(Settings.defaults());
        CardState card = reviewCard(s);
        for (int late = 0; late < 30; late += 3) {
            Instant now = card.due().plus(Duration.ofDays(late));
            var p = s.preview(card, now, late);
            long hard = Scheduler.elapsedDays(now, p.get(Rating.HARD).due());
            long good = Scheduler.elapsedDays(now, p.get(Rating.GOOD).due());
            long easy = Scheduler.elapsedDays(now, p.get(Rating.EASY).due());
            assertTrue(hard < good && good < easy, hard + " " + good + " " + easy);
            assertEquals(State.RELEARNING, p.get(Rating.AGAIN).state());
        }
    }

    @Test
    void aSameDayHardDoesNotLowerStability() {
        Scheduler s = new Scheduler(Settings.defaults().withFuzz(false));
        CardState learning = s.review(CardState.fresh(), Rating.GOOD, T0);
        CardState hard = s.review(learning, Rating.HARD, T0.plusSeconds(60));
        assertEquals(learning.stability(), hard.stability());
        CardState again = s.review(learning, Rating.AGAIN, T0.plusSeconds(60));
        assertTrue(again.stability() < learning.stability());
    }

    @Test
    void aLowerRetentionGivesLongerIntervals() {
        CardState card = reviewCard(new Scheduler(Settings.defaults().withFuzz(false)));
        long at90 = new Scheduler(Settings.defaults().withFuzz(false)).intervalDays(card.stability());
        long at80 = new Scheduler(Settings.defaults().withFuzz(false).withDesiredRetention(0.8)).intervalDays(card.stability());
        long at95 = new Scheduler(Settings.defaults().withFuzz(false).withDesiredRetention(0.95)).intervalDays(card.stability());
        assertTrue(at95 < at90 && at90 < at80, at95 + " " + at90 + " " + at80);
        assertEquals(Math.rint(card.stability()), at90, 1, "at 90% the interval is the stability");
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withDesiredRetention(1.0));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withDesiredRetention(0));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withParameters(new double[19]));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withMaximumInterval(0));
        assertThrows(IllegalArgumentException.class, () -> Rating.ofGrade(5));
        assertNotEquals(Settings.defaults(), Settings.defaults().withFuzz(false));
    }
}
