package org.xistudy.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to a year, a month or a day: {@code 2012}, {@code 2012-11} or
 * {@code 2012-11-15}. It never pretends to more precision than it was given.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How much of a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final int year;
    private final int month;
    private final int day;
    private final Precision precision;

    private PartialDate(int year, int month, int day, Precision precision) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.precision = precision;
    }

    public static PartialDate ofYear(int year) {
        return parse(String.format("%04d", year));
    }

    public static PartialDate ofMonth(int year, int month) {
        return parse(String.format("%04d-%02d", year, month));
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is malformed
     *     or names a day that does not exist
     */
    public static PartialDate parse(String text) {
        Optional<String> problem = problemWith(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException(text);
        }
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new PartialDate(y, 0, 0, Precision.YEAR);
        }
        int mo = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            return new PartialDate(y, mo, 0, Precision.MONTH);
        }
        return new PartialDate(y, mo, Integer.parseInt(m.group(3)), Precision.DAY);
    }

    /** Why {@code text} is not a valid partial date, or empty when it is. */
    public static Optional<String> problemWith(String text) {
        return problemText(text).map(Messages.Text::english);
    }

    /** Why {@code text} is not a valid partial date, as a text with its key, or empty when it is valid. */
    public static Optional<Messages.Text> problemText(String text) {
        if (text == null) {
            return Optional.of(Messages.Text.of("dateRequired"));
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return Optional.of(Messages.Text.of("dateNotADate", text));
        }
        int y = Integer.parseInt(m.group(1));
        if (y < 1) {
            return Optional.of(Messages.Text.of("dateYearZero"));
        }
        if (m.group(2) != null) {
            int mo = Integer.parseInt(m.group(2));
            if (mo < 1 || mo > 12) {
                return Optional.of(Messages.Text.of("dateMonth", text, mo));
            }
            if (m.group(3) != null) {
                int d = Integer.parseInt(m.group(3));
                try {
                    LocalDate.of(y, mo, d);
                } catch (DateTimeException e) {
                    return Optional.of(Messages.Text.plain("\"" + text + "\" is not a day of the calendar: "
                            + YearMonth.of(y, mo).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + " " + y + " has " + YearMonth.of(y, mo).lengthOfMonth() + " days"));
                }
            }
        }
        return Optional.empty();
    }

    public int year() {
        return year;
    }

    /** The month, 1 to 12, or 0 when only the year is known. */
    public int month() {
        return month;
    }

    /** The day of the month, or 0 when it is not known. */
    public int day() {
        return day;
    }

    public Precision precision() {
        return precision;
    }

    /** The first day this date could mean. */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(1, month), Math.max(1, day));
    }

    /** The last day this date could mean. */
    public LocalDate lastDay() {
        switch (precision) {
            case YEAR:
                return LocalDate.of(year, 12, 31);
            case MONTH:
                return YearMonth.of(year, month).atEndOfMonth();
            default:
                return firstDay();
        }
    }

    /**
     * Whether this date is known to fall strictly before {@code other}: the last day it could mean
     * comes before the first day the other could mean. Two dates in the same year, one known only
     * to the year, are not ordered.
     */
    public boolean isKnownBefore(PartialDate other) {
        return lastDay().isBefore(other.firstDay());
    }

    /** Whether the two dates could mean the same day. */
    public boolean overlaps(PartialDate other) {
        return !isKnownBefore(other) && !other.isKnownBefore(this);
    }

    /**
     * The date as short as its precision, in the locale's own pattern: "2012", "Nov 2012", "15 Nov
     * 2012" in English; "2012", "2012年11月", "2012年11月15日" in Chinese.
     */
    public String display(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        Locale l = locale == null ? Locale.ENGLISH : locale;
        switch (precision) {
            case YEAR:
                return Integer.toString(year);
            case MONTH:
                return DateTimeFormatter.ofPattern(chinese ? "y年M月" : "MMM y", l).format(YearMonth.of(year, month));
            default:
                return DateTimeFormatter.ofPattern(chinese ? "y年M月d日" : "d MMM y", l)
                        .format(LocalDate.of(year, month, day));
        }
    }

    /** Orders by first possible day, then the less precise date first. */
    @Override
    public int compareTo(PartialDate o) {
        int c = firstDay().compareTo(o.firstDay());
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && p.year == year && p.month == month && p.day == day;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day);
    }

    /** The ISO-style text this date was written as. */
    @Override
    public String toString() {
        switch (precision) {
            case YEAR:
                return String.format("%04d", year);
            case MONTH:
                return String.format("%04d-%02d", year, month);
            default:
                return String.format("%04d-%02d-%02d", year, month, day);
        }
    }
}
