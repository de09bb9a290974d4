package org.xistudy.study.progress;

import java.time.Instant;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.fsrs.State;

/**
 * One review in the log, for statistics.
 *
 * @param item the study item's key
 * @param at when it was graded
 * @param rating 1 Again to 4 Easy
 * @param before the item's state before the review
 * @param intervalDays whole days until it is due again (0 within learning steps)
 */
public record ReviewEntry(String item, Instant at, int rating, State before, long intervalDays) {
    public Rating grade() {
        return Rating.ofGrade(rating);
    }
}
