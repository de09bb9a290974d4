package org.xistudy.study.chart;

import org.xistudy.content.PartialDate;
import org.xistudy.study.names.Name;
import org.xistudy.study.names.NameStyle;

/**
 * A body or a person on the institution chart. For a body, {@code start} and {@code end} are when
 * it was established and dissolved; for a person, the span of the roles the pack records (null
 * where unknown or still going on).
 */
public record ChartNode(String id, NodeKind kind, String name, String abbrev, String zh, String pinyin,
        PartialDate start, PartialDate end) {

    public boolean isPerson() {
        return kind == NodeKind.PERSON;
    }

    /** The abbreviation when there is one, else the name. */
    /** The name in all its forms, for a {@link NameStyle}. */
    public Name fullName() {
        return new Name(name, zh, pinyin);
    }

    /** The shortest form for a running line in {@code style}: the characters, or the abbreviation, or the name. */
    public String brief(NameStyle style) {
        return fullName().brief(style, isPerson() ? name : shortName());
    }

    public String shortName() {
        return abbrev == null || abbrev.isBlank() ? name : abbrev;
    }
}
