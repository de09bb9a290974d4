package org.xistudy.study.timeline;

import java.time.LocalDate;
import org.xistudy.content.PartialDate;

/**
 * Maps time to horizontal pixels and back. Time is a continuous day number: the ISO epoch day
 * ({@code 1970-01-01} is 0) where day {@code d} covers {@code [d, d + 1)}. A partial date covers
 * every day it could mean: {@code 2012} spans the whole year, {@code 2012-11} the whole month.
 *
 * @param originDay the day at x = 0
 * @param pixelsPerDay the zoom; always positive and finite
 */
public record TimeScale(double originDay, double pixelsPerDay) {

    public TimeScale {
        if (!(pixelsPerDay > 0) || Double.isInfinite(pixelsPerDay) || !Double.isFinite(originDay)) {
            throw new IllegalArgumentException("bad scale: origin " + originDay + ", " + pixelsPerDay + " px/day");
        }
    }

    /** The scale that shows {@code window} across {@code widthPx} pixels. */
    public static TimeScale of(TimeWindow window, double widthPx) {
        return new TimeScale(window.start(), Math.max(1, widthPx) / window.span());
    }

    /** The first instant of a calendar day. */
    public static double day(LocalDate date) {
        return date.toEpochDay();
    }

    /** The first instant a partial date could mean. */
    public static double startDay(PartialDate date) {
        return date.firstDay().toEpochDay();
    }

    /** The end (exclusive) of the last day a partial date could mean. */
    public static double endDay(PartialDate date) {
        return date.lastDay().toEpochDay() + 1;
    }

    /** The calendar day that contains a day number. */
    public static LocalDate dateOf(double day) {
        return LocalDate.ofEpochDay((long) Math.floor(day));
    }

    public double x(double day) {
        return (day - originDay) * pixelsPerDay;
    }

    public double x(LocalDate date) {
        return x(day(date));
    }

    /** Where a partial date begins on screen. */
    public double startX(PartialDate date) {
        return x(startDay(date));
    }

    /** Where a partial date ends on screen (exclusive). */
    public double endX(PartialDate date) {
        return x(endDay(date));
    }

    public double day(double x) {
        return originDay + x / pixelsPerDay;
    }

    /** The calendar day under a pixel. */
    public LocalDate date(double x) {
        return dateOf(day(x));
    }

    /** A length in pixels as a duration in days. */
    public double days(double px) {
        return px / pixelsPerDay;
    }

    /** The window this scale shows across {@code widthPx}. */
    public TimeWindow window(double widthPx) {
        return new TimeWindow(originDay, day(widthPx));
    }
}
