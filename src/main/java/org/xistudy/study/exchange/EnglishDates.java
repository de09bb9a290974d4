package org.xistudy.study.exchange;

import java.time.format.TextStyle;
import java.util.Locale;
import org.xistudy.content.PartialDate;

/** Dates written into exported files, in English (the files have no locale of their own). */
final class EnglishDates {
    private EnglishDates() {
    }

    /** "2013", "November 2013" or "12 November 2013". */
    static String of(PartialDate d) {
        if (d == null) {
            return "";
        }
        String month = d.precision() == PartialDate.Precision.YEAR ? ""
                : d.firstDay().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        switch (d.precision()) {
            case YEAR:
                return Integer.toString(d.year());
            case MONTH:
                return month + " " + d.year();
            default:
                return d.day() + " " + month + " " + d.year();
        }
    }

    /** "c. 2013" when approximate. */
    static String of(PartialDate d, boolean approx) {
        return approx ? "c. " + of(d) : of(d);
    }
}
