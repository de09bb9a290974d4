package org.xistudy.ui.common;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.xistudy.content.PartialDate;

/**
 * The one way UI code reads its words: text by key from the UI bundles, with
 * {@link MessageFormat} arguments, and dates at the precision they are known to, with the
 * bundle's patterns ({@code date.day}, {@code date.month}, {@code date.year}, and the short
 * {@code date.short.*} forms), so that every view writes a date the same way in every language.
 */
public final class UiText {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final DateTimeFormatter year;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter shortMonth;

    public UiText(ResourceBundle bundle) {
        this.bundle = bundle;
        Locale l = bundle.getLocale();
        this.locale = l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
        day = pattern("date.day");
        month = pattern("date.month");
        year = pattern("date.year");
        shortDay = pattern("date.short.day");
        shortMonth = pattern("date.short.month");
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(get(key), locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    /** Whether the bundles define {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of {@code key}; the key itself when it is missing, so a gap shows instead of crashing. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of {@code key} with its {@code {0}}-style arguments filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** A date at its precision: "15 November 2012", "November 2012", "2012"; empty for null. */
    public String date(PartialDate d) {
        if (d == null) {
            return "";
        }
        switch (d.precision()) {
            case DAY:
                return day.format(d.firstDay());
            case MONTH:
                return month.format(d.firstDay());
            default:
                return year.format(d.firstDay());
        }
    }

    /** A date in short: "15 Nov 2012", "Nov 2012", "2012"; empty for null. */
    public String shortDate(PartialDate d) {
        if (d == null) {
            return "";
        }
        switch (d.precision()) {
            case DAY:
                return shortDay.format(d.firstDay());
            case MONTH:
                return shortMonth.format(d.firstDay());
            default:
                return year.format(d.firstDay());
        }
    }

    /** "c. 2013" for an approximate date, else the date. */
    public String date(PartialDate d, boolean approx) {
        return approx ? format("date.approx", date(d)) : date(d);
    }

    /** A span: "March 2018 – December 2022"; an open end gives "since …", an open start "until …". */
    public String span(PartialDate start, PartialDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (end == null) {
            return format("date.span.since", date(start));
        }
        if (start == null) {
            return format("date.span.until", date(end));
        }
        return format("date.span.range", date(start), date(end));
    }
}
