package org.xistudy.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scheduler against the published FSRS-6 test vectors of open-spaced-repetition's own
 * implementations. Each test names where its numbers come from; none were computed by this code.
 *
 * <ul>
 * <li>py-fsrs: {@code tests/test_basic.py} (FSRS-6 releases, github.com/open-spaced-repetition/py-fsrs)</li>
 * <li>ts-fsrs: {@code __tests__/FSRS-6.test.ts} (github.com/open-spaced-repetition/ts-fsrs, commit 75cc1cce)</li>
 * <li>fsrs-rs: {@code src/inference.rs}, tests {@code test_memory_state}, {@code test_next_interval} and
 *     {@code current_retrievability} (github.com/open-spaced-repetition/fsrs-rs, commit 037345fd, the
 *     commit ts-fsrs cites for its memory-state vector)</li>
 * </ul>
 */
class FsrsReferenceTest {
    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private static final Scheduler NO_FUZZ = new Scheduler(Settings.defaults().withFuzz(false));

    private static final Rating A = Rating.AGAIN;
    private static final Rating H = Rating.HARD;
    private static final Rating G = Rating.GOOD;
    private static final Rating E = Rating.EASY;

    /**
     * py-fsrs test_review_card and ts-fsrs "ivl_history": a new card rated Good six times, Again
     * twice, Good five times, each review when the card falls due; fuzz off.
     */
    @Test
    void intervalHistoryOfTheReferenceSequence() {
        List<Rating> ratings = List.of(G, G, G, G, G, G, A, A, G, G, G, G, G);
        CardState card = CardState.fresh();
        Instant now = START;
        List<Long> intervals = new ArrayList<>();
        for (Rating r : ratings) {
            card = NO_FUZZ.review(card, r, now);
            intervals.add(Scheduler.elapsedDays(card.lastReview(), card.due()));
            now = card.due();
        }
        assertEquals(List.of(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L), intervals);
    }

    /**
     * fsrs-rs test_memory_state, ts-fsrs "memory state[short-term]" and "using next_state": Again,
     * then Good five times, 0, 0, 1, 3, 8 and 21 days apart: S 53.62691, D 6.3574867.
     */
    @Test
    void memoryStateAfterASequence() {
        CardState card = replayMemory(NO_FUZZ);
        assertEquals(53.62691, card.stability(), 1e-4);
        assertEquals(6.3574867, card.difficulty(), 1e-4);
    }

    /**
     * fsrs-rs test_memory_state with the short-term weights w17, w18, w19 set to 0 (ts-fsrs
     * "memory state[long-term]" gets the same numbers): S 53.335106, D 6.3574867.
     */
    @Test
    void memoryStateWithoutShortTermWeights() {
        double[] w = Settings.DEFAULT_PARAMETERS.clone();
        w[17] = 0;
        w[18] = 0;
        w[19] = 0;
        CardState card = replayMemory(new Scheduler(Settings.defaults().withFuzz(false).withParameters(w)));
        assertEquals(53.335106, card.stability(), 1e-4);
        assertEquals(6.3574867, card.difficulty(), 1e-4);
    }

    private static CardState replayMemory(Scheduler scheduler) {
        List<Rating> ratings = List.of(A, G, G, G, G, G);
        int[] gaps = {0, 0, 1, 3, 8, 21};
        CardState card = CardState.fresh();
        Instant now = START;
        for (int i = 0; i < ratings.size(); i++) {
            now = now.plus(Duration.ofDays(gaps[i]));
            card = scheduler.review(card, ratings.get(i), now);
        }
        return card;
    }

    /**
     * ts-fsrs "first repeat": a new card's stability, difficulty, interval and state after each
     * of the four ratings.
     */
    @Test
    void firstReviewOfANewCard() {
        double[] stability = {0.212, 1.2931, 2.3065, 8.2956};
        double[] difficulty = {6.4133, 5.11217071, 2.11810397, 1};
        long[] scheduledDays = {0, 0, 0, 8};
        State[] states = {State.LEARNING, State.LEARNING, State.LEARNING, State.REVIEW};
        var preview = NO_FUZZ.preview(CardState.fresh(), START, 0);
        for (Rating r : Rating.values()) {
            CardState c = preview.get(r);
            int i = r.ordinal();
            assertEquals(stability[i], c.stability(), 1e-8, r + " stability");
            assertEquals(difficulty[i], c.difficulty(), 1e-7, r + " difficulty");
            assertEquals(scheduledDays[i], Scheduler.elapsedDays(c.lastReview(), c.due()), r + " interval");
            assertEquals(states[i], c.state(), r + " state");
            assertEquals(1, c.reps());
            assertEquals(0, c.lapses());
        }
    }

    /**
     * fsrs-rs test_next_interval: the interval for stability 1 at desired retention 0.1 to 0.9.
     * fsrs-rs computes in 32-bit floats, which carry about 7 significant digits; its 3116766 days
     * for retention 0.1 is 3116769 in doubles, so intervals may differ by 2 parts per million.
     */
    @Test
    void intervalForEachDesiredRetention() {
        long[] expected = {3116766, 34793, 2508, 387, 90, 27, 9, 3, 1};
        for (int i = 0; i < expected.length; i++) {
            double retention = (i + 1) / 10.0;
            Scheduler s = new Scheduler(Settings.defaults().withFuzz(false).withDesiredRetention(retention)
                    .withMaximumInterval(Integer.MAX_VALUE));
            assertEquals(expected[i], s.intervalDays(1.0), Math.floor(expected[i] * 2e-6), "retention " + retention);
        }
    }

    /** fsrs-rs current_retrievability: stability 1 with decay 0.2 after 0 to 3 days. */
    @Test
    void forgettingCurveWithAnotherDecay() {
        double[] w = Settings.DEFAULT_PARAMETERS.clone();
        w[20] = 0.2;
        Scheduler s = new Scheduler(Settings.defaults().withParameters(w));
        double[] expected = {1.0, 0.9, 0.84028935, 0.7985001};
        for (int t = 0; t < expected.length; t++) {
            assertEquals(expected[t], s.forgettingCurve(t, 1.0), 1e-6, "after " + t + " days");
        }
    }

    /** ts-fsrs "get retrievability": a card rated Easy, at its due date, is recalled with p = 0.9024733. */
    @Test
    void retrievabilityAtTheDueDateOfAnEasyCard() {
        CardState easy = NO_FUZZ.review(CardState.fresh(), E, Instant.parse("2023-12-01T04:05:00Z"));
        assertEquals(0.9024733, NO_FUZZ.retrievability(easy, easy.due()), 1e-6);
        CardState good = NO_FUZZ.review(CardState.fresh(), G, Instant.parse("2023-12-01T04:05:00Z"));
        assertEquals(1.0, NO_FUZZ.retrievability(good, good.due()), 1e-12, "ten minutes later");
    }

    /** py-fsrs test_repeated_correct_reviews: ten Easy reviews a microsecond apart end at difficulty 1. */
    @Test
    void repeatedEasyReviewsReachTheLowestDifficulty() {
        CardState card = CardState.fresh();
        for (int i = 0; i < 10; i++) {
            card = NO_FUZZ.review(card, E, START.plusNanos(i * 1000L));
        }
        assertEquals(1.0, card.difficulty());
    }

    /**
     * py-fsrs test_good/again/hard/easy_learning_steps: from a new card, Good waits 10 minutes at
     * step 1, Again 1 minute at step 0, Hard 5.5 minutes at step 0, Easy graduates to review.
     */
    @Test
    void learningSteps() {
        var p = NO_FUZZ.preview(CardState.fresh(), START, 0);
        assertStep(p.get(G), State.LEARNING, 1, Duration.ofMinutes(10));
        assertStep(p.get(A), State.LEARNING, 0, Duration.ofMinutes(1));
        assertStep(p.get(H), State.LEARNING, 0, Duration.ofSeconds(330));
        assertEquals(State.REVIEW, p.get(E).state());
        assertNull(p.get(E).step());
        assertTrue(Duration.between(START, p.get(E).due()).toDays() >= 1);

        // Good at step 1 graduates; Hard at step 1 waits that step again (10 minutes).
        CardState step1 = p.get(G);
        Instant t = step1.due();
        assertEquals(State.REVIEW, NO_FUZZ.review(step1, G, t).state());
        assertStep(NO_FUZZ.review(step1, H, t), State.LEARNING, 1, Duration.ofMinutes(10));
    }

    /**
     * py-fsrs test_review_state and test_relearning: Again in review goes to relearning for 10
     * minutes (a lapse), Again there stays at step 0, Good graduates back to review.
     */
    @Test
    void relearning() {
        CardState c = CardState.fresh();
        c = NO_FUZZ.review(c, G, START);
        c = NO_FUZZ.review(c, G, c.due());
        c = NO_FUZZ.review(c, G, c.due());
        assertEquals(State.REVIEW, c.state());
        CardState lapsed = NO_FUZZ.review(c, A, c.due());
        assertStep(lapsed, State.RELEARNING, 0, Duration.ofMinutes(10));
        assertEquals(1, lapsed.lapses());
        assertStep(NO_FUZZ.review(lapsed, A, lapsed.due()), State.RELEARNING, 0, Duration.ofMinutes(10));
        // py-fsrs test_relearning_card_rate_hard_one_relearning_step: Hard waits 1.5 steps.
        assertStep(NO_FUZZ.review(lapsed, H, lapsed.due()), State.RELEARNING, 0, Duration.ofMinutes(15));
        CardState back = NO_FUZZ.review(lapsed, G, lapsed.due());
        assertEquals(State.REVIEW, back.state());
        assertTrue(Duration.between(back.lastReview(), back.due()).toHours() >= 24);
    }

    /**
     * py-fsrs test_relearning_card_rate_hard_two_relearning_steps: with relearning steps of 1 and
     * 10 minutes, Hard at step 0 waits their mean, and Hard at step 1 waits 10 minutes.
     */
    @Test
    void hardWithTwoRelearningSteps() {
        Scheduler s = new Scheduler(Settings.defaults().withFuzz(false).withSteps(
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(1), Duration.ofMinutes(10))));
        CardState c = s.review(CardState.fresh(), E, START);
        c = s.review(c, A, c.due());
        assertStep(s.review(c, H, c.due()), State.RELEARNING, 0, Duration.ofSeconds(330));
        CardState step1 = s.review(c, G, c.due());
        assertStep(step1, State.RELEARNING, 1, Duration.ofMinutes(10));
        assertStep(s.review(step1, H, step1.due()), State.RELEARNING, 1, Duration.ofMinutes(10));
    }

    /** py-fsrs test_no_learning_steps and test_maximum_interval. */
    @Test
    void noStepsAndTheMaximumInterval() {
        Scheduler noSteps = new Scheduler(Settings.defaults().withSteps(List.of(), List.of()));
        CardState c = noSteps.review(CardState.fresh(), A, START);
        assertEquals(State.REVIEW, c.state());
        assertTrue(Scheduler.elapsedDays(START, c.due()) >= 1);

        Scheduler capped = new Scheduler(Settings.defaults().withMaximumInterval(100));
        c = CardState.fresh();
        for (Rating r : List.of(E, G, E, G, E, E, E)) {
            c = capped.review(c, r, c.due() == null ? START : c.due());
            assertTrue(Scheduler.elapsedDays(c.lastReview(), c.due()) <= 100);
        }
    }

    /** py-fsrs test_stability_lower_bound: a thousand lapses never push stability under 0.001. */
    @Test
    void stabilityHasALowerBound() {
        CardState c = NO_FUZZ.review(CardState.fresh(), G, START);
        for (int i = 0; i < 1000; i++) {
            c = NO_FUZZ.review(c, A, c.due().plus(Duration.ofDays(1)));
            assertTrue(c.stability() >= Scheduler.STABILITY_MIN, "stability " + c.stability());
        }
    }

    private static void assertStep(CardState c, State state, int step, Duration wait) {
        assertEquals(state, c.state());
        assertEquals(step, c.step());
        assertEquals(wait, Duration.between(c.lastReview(), c.due()));
    }
}
