package org.xistudy.study.chart;

import org.xistudy.content.PartialDate;
import org.xistudy.content.model.RelationType;

/** A typed, dated relation drawn as an edge: it reads "{@code from} {@code type} {@code to}". */
public record ChartEdge(String id, String from, String to, RelationType type, String label, PartialDate start,
        PartialDate end) {

    /** Whether the relation held at some time in {@code year}. */
    public boolean holdsIn(int year) {
        return (start == null || start.year() <= year) && (end == null || end.year() >= year);
    }

    /** The id at the other end from {@code id}. */
    public String other(String id) {
        return from.equals(id) ? to : from;
    }

    public boolean touches(String id) {
        return from.equals(id) || to.equals(id);
    }
}
