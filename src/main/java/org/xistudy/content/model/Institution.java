package org.xistudy.content.model;

import java.util.List;
import org.xistudy.content.PartialDate;

/** A Party, state or military body, or a meeting series, with when it existed. */
public record Institution(String id, String name, String abbrev, String zh, String pinyin, InstitutionKind kind,
        PartialDate established, PartialDate dissolved, String summary, List<Cite> cite) implements Cited {
    public Institution {
        cite = Lists.of(cite);
    }

    /** Whether the body existed at some time in {@code year}. */
    public boolean existsIn(int year) {
        return established.year() <= year && (dissolved == null || dissolved.year() >= year);
    }
}
