package org.xistudy.content.model;

import java.util.List;
import org.xistudy.content.PartialDate;

/**
 * A typed, dated edge between two people or bodies. With no {@code start} it holds from the
 * moment both ends exist; with no {@code end} it still holds. {@code approx} says that the dates
 * are known only roughly (a post taken "at the turn of 2023"), so they show as "about …".
 */
public record Relation(String id, String from, String to, RelationType type, String label, PartialDate start,
        PartialDate end, boolean approx, List<Cite> cite) implements Cited {
    public Relation {
        cite = Lists.of(cite);
    }

    /** A relation whose dates are known as written. */
    public Relation(String id, String from, String to, RelationType type, String label, PartialDate start,
            PartialDate end, List<Cite> cite) {
        this(id, from, to, type, label, start, end, false, cite);
    }

    /** Whether the relation held at some time in {@code year}. */
    public boolean holdsIn(int year) {
        return (start == null || start.year() <= year) && (end == null || end.year() >= year);
    }
}
