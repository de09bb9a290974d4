package org.xistudy.study.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * What the scheduler knows about one card. Immutable; {@link Scheduler#review} returns the next one.
 *
 * @param state where the card stands
 * @param step the learning or relearning step the card is at (0 for a new card), or null in review
 * @param stability days until recall probability falls to 90%; 0 for a new card
 * @param difficulty 1 (easiest) to 10; 0 for a new card
 * @param due when the card should next be reviewed; null for a new card
 * @param lastReview when it was last reviewed; null for a new card
 * @param reps how many times it was reviewed
 * @param lapses how many times it was forgotten in review
 */
public record CardState(State state, Integer step, double stability, double difficulty, Instant due,
        Instant lastReview, int reps, int lapses) {

    public CardState {
        Objects.requireNonNull(state, "state");
    }

    /** A card that was never reviewed. */
    public static CardState fresh() {
        return new CardState(State.NEW, 0, 0, 0, null, null, 0, 0);
    }

    public boolean isNew() {
        return state == State.NEW;
    }

    /** The same card, due at another time (for "study it now"). */
    public CardState withDue(Instant due) {
        return new CardState(state, step, stability, difficulty, due, lastReview, reps, lapses);
    }
}
