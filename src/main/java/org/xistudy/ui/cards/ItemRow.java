package org.xistudy.ui.cards;

import java.time.Instant;
import java.util.List;
import org.xistudy.content.CardText;
import org.xistudy.content.model.CardType;
import org.xistudy.study.fsrs.CardState;
import org.xistudy.study.fsrs.Scheduler;
import org.xistudy.study.progress.ItemProgress;
import org.xistudy.study.progress.Statistics;
import org.xistudy.study.progress.StudyItem;

/**
 * One row of the card browser: a study item and its progress, flattened for the table.
 *
 * @param retrievability the probability of recall now, or NaN for a new card
 */
public record ItemRow(StudyItem item, ItemProgress progress, String prompt, String answer, Statistics.Bucket bucket,
        Instant due, long intervalDays, double retrievability) {

    static ItemRow of(StudyItem item, ItemProgress p, Scheduler scheduler, Instant now) {
        CardState c = p.card();
        String prompt = item.reverse() ? item.card().back() : CardText.prompt(item.card());
        String answer = item.reverse() ? item.card().front() : CardText.answer(item.card());
        long interval = c.lastReview() == null || c.due() == null ? 0 : Scheduler.elapsedDays(c.lastReview(), c.due());
        double r = c.isNew() ? Double.NaN : scheduler.retrievability(c, now);
        return new ItemRow(item, p, prompt, answer, Statistics.bucketOf(p), c.isNew() ? null : c.due(), interval, r);
    }

    public String key() {
        return item.key();
    }

    public String cardId() {
        return item.card().id();
    }

    public CardType type() {
        return item.card().type();
    }

    public List<String> tags() {
        return item.card().tags();
    }

    public boolean flagged() {
        return progress.flagged();
    }

    /** The flag's colour, 1 to 4, or 0. */
    public int flag() {
        return progress.flag();
    }

    public boolean suspended() {
        return progress.suspended();
    }

    public int reps() {
        return progress.card().reps();
    }

    public int lapses() {
        return progress.card().lapses();
    }
}
