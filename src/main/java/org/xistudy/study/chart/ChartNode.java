package org.xistudy.study.chart;

import org.xistudy.content.PartialDate;

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
    public String shortName() {
        return abbrev == null || abbrev.isBlank() ? name : abbrev;
    }
}
