package org.xistudy.study.progress;

import java.time.Instant;
import org.xistudy.study.fsrs.CardState;

/**
 * What the user's history says about one study item.
 *
 * @param card the scheduler's state
 * @param suspended the user took it out of study
 * @param flagged whether it carries a flag; kept beside {@code flag} so that files stay readable
 *     by versions that knew only this
 * @param requested a new item the user asked to study now (for example after missing it in a
 *     quiz); it is shown even past the daily limit of new cards
 * @param flag the flag's colour, 1 to {@value #FLAGS} (0 for none), as Anki's red, orange, green
 *     and blue; a file from before colours, with only {@code flagged}, reads as flag 1
 * @param buriedUntil the item is hidden from study until then (the next study day), or null
 */
public record ItemProgress(CardState card, boolean suspended, boolean flagged, boolean requested, int flag,
        Instant buriedUntil) {
    /** How many flag colours there are. */
    public static final int FLAGS = 4;

    public ItemProgress {
        card = card == null ? CardState.fresh() : card;
        if (flag < 0 || flag > FLAGS) {
            flag = 0;
        }
        if (flag == 0 && flagged) {
            flag = 1;
        }
        flagged = flag > 0;
    }

    public ItemProgress(CardState card, boolean suspended, boolean flagged, boolean requested) {
        this(card, suspended, flagged, requested, 0, null);
    }

    public static ItemProgress fresh() {
        return new ItemProgress(CardState.fresh(), false, false, false, 0, null);
    }

    public ItemProgress withCard(CardState c) {
        return new ItemProgress(c, suspended, flagged, requested && c.isNew(), flag, buriedUntil);
    }

    public ItemProgress withSuspended(boolean s) {
        return new ItemProgress(card, s, flagged, requested, flag, buriedUntil);
    }

    /** Flags with the first colour, or takes the flag off. */
    public ItemProgress withFlagged(boolean f) {
        return withFlag(f ? Math.max(1, flag) : 0);
    }

    /** Sets the flag's colour, 1 to {@value #FLAGS}, or 0 for none. */
    public ItemProgress withFlag(int colour) {
        int c = colour >= 0 && colour <= FLAGS ? colour : 0;
        return new ItemProgress(card, suspended, c > 0, requested, c, buriedUntil);
    }

    public ItemProgress withRequested(boolean r) {
        return new ItemProgress(card, suspended, flagged, r, flag, buriedUntil);
    }

    /** Hides the item from study until {@code until}, or (null) shows it again. */
    public ItemProgress withBuriedUntil(Instant until) {
        return new ItemProgress(card, suspended, flagged, requested, flag, until);
    }

    /** Whether the item is hidden from study at {@code now}. */
    public boolean isBuried(Instant now) {
        return buriedUntil != null && buriedUntil.isAfter(now);
    }
}
