package org.xistudy.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar date known to a year, a month or a day: {@code 2012}, {@code 2012-11} or
 * {@code 2012-11-15}. It never pretends to more precision than it was given.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How much of a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

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
        int[] parts = text == null ? null : shape(text);
        Optional<Messages.Text> problem = problem(text, parts);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().english());
        }
        return of(parts);
    }

    /** Why {@code text} is not a valid partial date, or empty when it is. */
    public static Optional<String> problemWith(String text) {
        return problemText(text).map(Messages.Text::english);
    }

    /** Why {@code text} is not a valid partial date, as a text with its key, or empty when it is valid. */
    public static Optional<Messages.Text> problemText(String text) {
        return problem(text, text == null ? null : shape(text));
    }

    /**
     * The date {@code text} stands for, or empty when it is not one ({@link #problemText} says
     * why). One look at the text, for a validator that reads many dates.
     */
    public static Optional<PartialDate> tryParse(String text) {
        int[] parts = text == null ? null : shape(text);
        return problem(text, parts).isPresent() ? Optional.empty() : Optional.of(of(parts));
    }

    /** What is wrong with {@code text}, whose {@link #shape} is {@code parts}. */
    private static Optional<Messages.Text> problem(String text, int[] parts) {
        if (text == null) {
            return Optional.of(Messages.Text.of("dateRequired"));
        }
        if (parts == null) {
            return Optional.of(Messages.Text.of("dateNotADate", text));
        }
        int y = parts[0];
        int mo = parts[1];
        int d = parts[2];
        if (y < 1) {
            return Optional.of(Messages.Text.of("dateYearZero"));
        }
        if (mo != ABSENT && (mo < 1 || mo > 12)) {
            return Optional.of(Messages.Text.of("dateMonth", text, mo));
        }
        if (d != ABSENT) {
            try {
                LocalDate.of(y, mo, d);
            } catch (DateTimeException e) {
                return Optional.of(Messages.Text.plain("\"" + text + "\" is not a day of the calendar: "
                        + YearMonth.of(y, mo).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " " + y + " has " + YearMonth.of(y, mo).lengthOfMonth() + " days"));
            }
        }
        return Optional.empty();
    }

    /** The date of a valid shape. */
    private static PartialDate of(int[] parts) {
        if (parts[1] == ABSENT) {
            return new PartialDate(parts[0], 0, 0, Precision.YEAR);
        }
        if (parts[2] == ABSENT) {
            return new PartialDate(parts[0], parts[1], 0, Precision.MONTH);
        }
        return new PartialDate(parts[0], parts[1], parts[2], Precision.DAY);
    }

    private static final int ABSENT = -1;

    /**
     * Year, month and day of text shaped {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * (ASCII digits; {@link #ABSENT} for a part not given), or null for any other text. By hand
     * rather than with a regular expression: a large pack has tens of thousands of dates.
     */
    private static int[] shape(String text) {
        int n = text.length();
        if (n != 4 && n != 7 && n != 10) {
            return null;
        }
        int y = digits(text, 0, 4);
        int mo = n >= 7 && text.charAt(4) == '-' ? digits(text, 5, 7) : ABSENT;
        int d = n == 10 && text.charAt(7) == '-' ? digits(text, 8, 10) : ABSENT;
        if (y == ABSENT || (n >= 7 && mo == ABSENT) || (n == 10 && d == ABSENT)) {
            return null;
        }
        return new int[] {y, mo, d};
    }

    /** The number written in ASCII digits from {@code from} to {@code to}, or {@link #ABSENT}. */
    private static int digits(String text, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return ABSENT;
            }
            v = v * 10 + (c - '0');
        }
        return v;
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
