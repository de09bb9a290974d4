package org.xistudy.study.chart;

import java.util.Locale;
import org.xistudy.content.model.InstitutionKind;

/** What a node of the institution chart stands for; the view draws each kind with its own shape. */
public enum NodeKind {
    PARTY, STATE, MILITARY, MEETING, OTHER, PERSON;

    /** The node kind of an institution kind. */
    public static NodeKind of(InstitutionKind kind) {
        if (kind == null) {
            return OTHER;
        }
        switch (kind) {
            case PARTY: return PARTY;
            case STATE: return STATE;
            case MILITARY: return MILITARY;
            case MEETING: return MEETING;
            default: return OTHER;
        }
    }

    /** The lower-case name used in style classes and resource keys, such as {@code party}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
