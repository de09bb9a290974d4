package org.xistudy.study.progress;

import org.xistudy.study.fsrs.CardState;

/**
 * What the user's history says about one study item.
 *
 * @param card the scheduler's state
 * @param suspended the user took it out of study
 * @param flagged the user marked it (to look at again, to report a mistake...)
 * @param requested a new item the user asked to study now (for example after missing it in a
 *     quiz); it is shown even past the daily limit of new cards
 */
public record ItemProgress(CardState card, boolean suspended, boolean flagged, boolean requested) {
    public ItemProgress {
        card = card == null ? CardState.fresh() : card;
    }

    public static ItemProgress fresh() {
        return new ItemProgress(CardState.fresh(), false, false, false);
    }

    public ItemProgress withCard(CardState c) {
        return new ItemProgress(c, suspended, flagged, requested && c.isNew());
    }

    public ItemProgress withSuspended(boolean s) {
        return new ItemProgress(card, s, flagged, requested);
    }

    public ItemProgress withFlagged(boolean f) {
        return new ItemProgress(card, suspended, f, requested);
    }

    public ItemProgress withRequested(boolean r) {
        return new ItemProgress(card, suspended, flagged, r);
    }
}
