package org.xistudy.content.model;

import java.util.List;
import org.xistudy.content.PartialDate;

/**
 * Something that happened: a point in time, or a span when it has an {@code end}. {@code approx}
 * marks a date that is only approximately known ("c. 1990").
 */
public record Event(String id, PartialDate date, PartialDate end, boolean approx, String lane, String title,
        String summary, List<String> people, List<String> institutions, List<String> cards, List<Cite> cite)
        implements Cited {
    public Event {
        people = Lists.of(people);
        institutions = Lists.of(institutions);
        cards = Lists.of(cards);
        cite = Lists.of(cite);
    }

    public boolean isRange() {
        return end != null;
    }
}
