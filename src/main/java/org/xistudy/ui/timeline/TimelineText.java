package org.xistudy.ui.timeline;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.xistudy.content.PartialDate;
import org.xistudy.study.timeline.TickUnit;
import org.xistudy.study.timeline.TimelineData;

/**
 * The words and date formats the timeline shows, all from the UI text bundle so they can be
 * translated: dates at their precision ("15 November 2012", "November 2012", "2012"), "c." for
 * approximate dates, axis labels and accessible descriptions.
 */
public final class TimelineText {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final DateTimeFormatter year;
    private final DateTimeFormatter axisYear;
    private final DateTimeFormatter axisMonth;
    private final DateTimeFormatter axisDay;
    private final DateTimeFormatter contextYear;
    private final DateTimeFormatter contextMonth;

    public TimelineText(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH
                : bundle.getLocale();
        day = pattern("timeline.date.day");
        month = pattern("timeline.date.month");
        year = pattern("timeline.date.year");
        axisYear = pattern("timeline.axis.year");
        axisMonth = pattern("timeline.axis.month");
        axisDay = pattern("timeline.axis.day");
        contextYear = pattern("timeline.axis.context.year");
        contextMonth = pattern("timeline.axis.context.month");
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(bundle.getString(key), locale);
    }

    /** Text by key with {@link MessageFormat} arguments. */
    public String text(String key, Object... args) {
        return args.length == 0 ? bundle.getString(key) : new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A date at the precision it is known to. */
    public String date(PartialDate d) {
        switch (d.precision()) {
            case DAY:
                return day.format(d.firstDay());
            case MONTH:
                return month.format(d.firstDay());
            default:
                return year.format(d.firstDay());
        }
    }

    /** An event's date: a day, a month, a year or a span, with "c." when approximate. */
    public String date(TimelineData.Item it) {
        String d = it.endDate() == null ? date(it.date()) : text("timeline.date.range", date(it.date()),
                date(it.endDate()));
        return it.approx() ? text("timeline.date.approx", d) : d;
    }

    /** The label drawn on the timeline. */
    public String label(TimelineData.Item it) {
        return it.approx() ? text("timeline.label.approx", it.title()) : it.title();
    }

    /** Date and title, for screen readers and tooltips. */
    public String describe(TimelineData.Item it) {
        return text("timeline.a11y.event", date(it), it.title());
    }

    /** An era's label. */
    public String era(TimelineData.EraSpan e) {
        return e.approx() ? text("timeline.label.approx", e.title()) : e.title();
    }

    /** How many events in view have no room at this zoom. */
    public String hidden(int n) {
        return text("timeline.hidden", n);
    }

    /** A labelled tick of the axis. */
    public String axis(TickUnit unit, LocalDate d) {
        switch (unit.field()) {
            case YEAR:
                return axisYear.format(d);
            case MONTH:
                return axisMonth.format(d);
            default:
                return axisDay.format(d);
        }
    }

    /** A tick of the axis's second line: the year above months, the month above days. */
    public String context(TickUnit unit, LocalDate d) {
        return unit.field() == TickUnit.Field.MONTH ? contextMonth.format(d) : contextYear.format(d);
    }
}
