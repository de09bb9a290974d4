package org.xistudy.content.model;

import java.util.List;
import org.xistudy.content.PartialDate;

/** A labelled span of time, such as a leader's tenure. Eras may overlap; an open era has no end. */
public record Era(String id, String title, PartialDate start, PartialDate end, boolean approx, String summary,
        List<Cite> cite) implements Cited {
    public Era {
        cite = Lists.of(cite);
    }
}
